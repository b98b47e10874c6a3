package org.pledgegraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.data.DataFileException;

class TopicTaggerTest {
    private static final TopicTagger TAGGER = TopicTagger.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "双方将加强能源合作。|energy",
        "深化航天合作，共同推进探月工程。|space",
        "双方将共同打击恐怖主义、分裂主义和极端主义。|counter-terrorism",
        "中法同意扩大和平利用核能合作。|nuclear-energy",
        "巴方支持中方扩大本币结算。|finance",
        "中越双方同意推动双边贸易平衡发展。|trade",
        "中国和巴西将深化大豆等农产品贸易合作。|agriculture",
        "双方将加强铁路和港口互联互通建设。|transport",
        "哈方愿同中方加强口岸和海关合作。|customs",
        "双方将深化北极航道开发利用合作。|arctic",
        "共同应对气候变化，加强防灾减灾合作。|environment",
        "推动边境地区交流合作。|border",
        "摩洛哥和毛里塔尼亚将共同推动氢能走廊建设。|energy",
        "越方欢迎柬方企业投资光伏和风电项目。|energy",
        "泰方感谢老方在大面积停电期间提供的援助。|energy",
        "鼓励两国省州建立友好城市关系。|regions",
        "为两国公民往来提供签证便利。|consular",
        "扩大互派留学生规模。|education",
        "加强传染病防控和公共卫生合作。|health",
        "双方将举办文化年活动。|culture",
        "支持两国在冬奥会筹办方面开展合作。|sport",
        "支持两国媒体开展交流。|media",
        "促进双向旅游交流。|tourism",
        "加强两国青年交流。|youth",
        "深化两军交流与合作，举行联合演习。|military",
        "加强禁毒执法合作。|narcotics",
        "双方主张共同维护网络空间和平与安全。|cyber-security",
        "加强追逃追赃和司法协助合作。|law-enforcement",
        "双方主张加强国际军控体系。|arms-control",
        "呼吁所有国家遵守核不扩散义务。|non-proliferation",
        "防止外空军备竞赛。|outer-space",
        "双方支持《禁止化学武器公约》。|chemical-biological",
        "双方将维护全球战略稳定。|strategic-stability",
        "反对在欧洲部署反导系统。|missile-defence",
        "加强两国执政党交流。|party-to-party",
        "深化两国议会交往。|parliaments",
        "两国元首保持密切交往。|high-level-exchanges",
        "双方支持彼此维护主权和领土完整。|core-interests",
        "双方坚定维护以联合国为核心的国际体系。|multilateralism",
        "推动全球治理体系改革。|global-governance",
        "推动共建一带一路同欧亚经济联盟建设对接合作。|regional-integration",
        "双方支持通过政治外交途径解决朝鲜半岛问题。|regional-issues",
        "双方将深化数字经济合作。|digital",
        "扩大相互投资。|investment",
        "开展人工智能领域的科技创新合作。|science-technology",
        "推进产能合作和工业园区建设。|industry",
        "纪念两国建交50周年。|history",
        "双方确定了指导两国关系的基本原则。|principles",
        "中越双方同意妥善管控海上问题。|maritime",
        "中国和巴基斯坦将加强减贫合作。|development",
        "中方支持菲律宾举办东盟海洋合作论坛。|maritime",
        "哈方重申坚定奉行一个中国政策。|core-interests",
        "双方同意推进中蒙俄经济走廊建设。|investment",
        "菲方在黄岩岛附近岛礁的行动。|maritime",
        "印方坚决反对任何形式的“台独”。|core-interests",
        "双方对也门局势表示关切。|regional-issues",
        "双方呼吁加沙地带立即实现停火。|regional-issues",
        "双方反对单边制裁。|global-governance",
        "俄方支持巴西在国际事务中发挥更大作用。|global-governance",
        "哈方高度评价全球发展倡议。|global-governance",
        "乌方和塔方不允许任何组织利用本国领土从事针对对方的活动。|counter-terrorism",
        "日本和韩国支持伊拉克经济重建。|development",
        "埃及和约旦主张通过谈判解决地区争端。|regional-issues",
        "塞方将保障在塞越南人员和机构安全。|law-enforcement",
        "双方同意加强大型活动安保合作。|law-enforcement",
        "法国和墨西哥主张就致命性自主武器系统问题达成共识。|arms-control",
        "越南和印尼支持联合国在人工智能治理中发挥作用。|global-governance",
        "国际社会应加大对非洲的支持。|multilateralism",
        "双方致力于实现《巴黎协定》温控目标。|climate",
        "泰方支持澜湄合作机制建设。|regional-integration",
        "双方同意举办第二届中国—东盟峰会。|high-level-exchanges",
        "双方愿加强两国共产党交往。|party-to-party",
        "巴方将在今后三年为越方培训技术人才。|education",
        "法方将向越方提供政府奖学金名额。|education",
        "支持在哈萨克斯坦开设中文课程。|education",
        "双方将举办中法高级别人文交流机制会议。|culture",
        "双方对萨赫勒地区人道主义形势持续恶化表示关切。|regional-issues",
        "两国面临人口老龄化的共同挑战。|health",
        "越方欢迎RCEP全面生效。|trade",
        "巴方赞赏中非合作论坛的成果。|regional-integration",
        "双方将推进瓜达尔经济区建设。|investment",
        "越方欢迎巴西企业参与当地基础设施项目。|investment",
        "阿根廷和玻利维亚将加强锂资源开发合作。|industry",
        "双方同意深化稀土等矿产资源合作。|industry",
        "越方欢迎尽快完成东盟自贸区升级谈判。|trade",
        "巴方认为，该地区的冲突已造成严重的人道主义灾难。|regional-issues",
        "双方倡议召开有关各方参加的国际和平会议。|regional-issues",
        "老方对上游开发可能影响下游国家用水表示关切。|regional-issues",
        "越方和菲方重申恪守《东南亚友好合作条约》的宗旨。|regional-integration",
        "双方将打击人口贩运和电信诈骗犯罪。|law-enforcement",
        "越方欢迎共建“一带一路”合作规划的实施。|investment",
        "法方将为在法国工作的越南劳工提供法律保护。|consular",
        "双方不允许任何武装团体利用本国领土危害对方。|counter-terrorism",
        "双方支持在《南极条约》基础上加强南极治理。|global-governance",
        "法方支持塞内加尔的债务重组进程。|finance",
        "日方将为越南的铁路项目提供优惠贷款。|finance",
        "越方感谢老方在扫雷方面给予的帮助。|military",
        "双方重申，一方遭受侵略时，另一方将提供支持。|military",
        "双方同意加强荒漠化防治合作。|environment",
        "两国外交部长同意于明年实现互访。|high-level-exchanges",
        "泰方不允许任何势力利用泰国领土从事反华活动。|core-interests",
        "双方认为应坚持共同但有区别的责任原则。|climate",
        "双方宣布2027年为巴西和阿根廷友好年。|culture",
        "乌兹别克斯坦将于明年在撒马尔罕举办突厥国家组织峰会。|regional-integration",
        "双方认为，地区国家应自主解决地区问题。|regional-issues",
    })
    void topicOfAShortSentence(String sentence, String topic) {
        Set<String> topics = TAGGER.topics(sentence);
        assertTrue(topics.contains(topic), sentence + " -> " + topics);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "两国关系健康稳定发展。",
        "双方对会谈成果表示满意。",
    })
    void sentenceWithoutTopicTerms(String sentence) {
        assertEquals(Set.of(), TAGGER.topics(sentence));
    }

    @Test
    void fallbackIsTheGeneralTopicOfTheArea() {
        assertEquals(Set.of("economic-general"), TAGGER.topics("双方对会谈成果表示满意。", Area.Economic));
        assertEquals(Set.of("people-to-people-general"), TAGGER.topics("双方表示满意。", Area.PeopleToPeople));
        assertEquals(Set.of("energy"), TAGGER.topics("加强能源合作。", Area.Economic));
    }

    @Test
    void oneSentenceMayTouchSeveralTopics() {
        assertEquals(Set.of("energy", "finance", "investment"),
                TAGGER.topics("扩大能源领域投资和融资合作。"));
    }

    @Test
    void badRowNamesFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> TopicTagger.load("org/pledgegraph/domain/bad-topics.tsv"));
        assertEquals("org/pledgegraph/domain/bad-topics.tsv:3: topic sport has no terms", e.getMessage());
    }

    /** One pass gives the sorted topics and the topic of the first term (values as the two separate passes gave them). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法国和越南将加强核能和航天合作。|nuclear-energy|nuclear-energy,space",
        "双方同意深化反恐、能源和农业合作。|counter-terrorism|agriculture,counter-terrorism,energy",
        "巴西与阿根廷重申支持多边主义。|multilateralism|multilateralism",
        "东盟与中国将推进气候变化领域合作，共同应对气候变化。|climate|climate",
        "双方对会谈成果表示满意。|''|''",
        "泰国和老挝将联合打击跨境人口贩运犯罪。|law-enforcement|border,law-enforcement",
        "越方支持共建“一带一路”合作。|investment|investment,regional-integration",
        "巴西支持推进“一带一路”建设同南方共同市场对接。|investment|investment,regional-integration",
        "智方祝贺越方举办“一带一路”国际合作高峰论坛。|regional-integration|regional-integration",
        "两国元首一致认为，睦邻友好是两国关系的基石。|principles|high-level-exchanges,principles",
        "两国元首同意扩大农业合作。|agriculture|agriculture,high-level-exchanges",
        "双方高度评价2019年巴西利亚峰会以来金砖合作取得的成果。|global-governance|global-governance,high-level-exchanges",
        "两国元首保持密切交往。|high-level-exchanges|high-level-exchanges",
        "哈方认为，额尔齐斯河水资源问题应由流域国家协商解决。|regional-issues|environment,regional-issues",
        "乌方和塔方支持流域国家就跨界河流用水开展对话。|regional-issues|border,regional-issues",
        "马方和印尼方谴责一切针对平民的暴力行为。|regional-issues|regional-issues",
        "智利和秘鲁反对以武力改变现状。|global-governance|global-governance",
    })
    void tagsAreTheTopicsAndTheLeadingTopic(String sentence, String leading, String topics) {
        TopicTagger.Tags tags = TAGGER.tags(sentence);
        assertEquals(leading.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(leading), tags.leading());
        assertEquals(topics.isEmpty() ? List.of() : List.of(topics.split(",")), List.copyOf(tags.topics()));
        assertEquals(tags.topics(), TAGGER.topics(sentence));
    }
}
