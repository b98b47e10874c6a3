package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

/**
 * One behaviour per case, on short sentences between many parties. A case gives the document's
 * parties, its units (separated by " / "; a unit starting with § opens a new section) and the
 * statements expected in its LAST unit as PARTIES:Kind:verb (PARTIES joined by +, sorted; a
 * negated verb starts with !), separated by "; ", or empty for none.
 */
class StatementExtractorTest {
    private static final Pattern MARKER = Pattern.compile("^(——|（[一二三四五六七八九十]+）|[0-9]+\\.)");
    private static ActorLexicon lexicon;
    private static StatementExtractor extractor;

    @BeforeAll
    static void setUp() {
        lexicon = ActorLexicon.load();
        extractor = new StatementExtractor(lexicon);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        X方 speaks alone (France)                | CHN FRA | 法方重申坚持一个中国政策。 | FRA:Position:重申
        中X双方 agree (France)                   | CHN FRA | 中法双方同意加强在航空航天领域的合作。 | CHN+FRA:Undertaking:同意
        表示关切 is a Concern (France)           | CHN FRA | 双方对叙利亚人道主义局势表示关切。 | CHN+FRA:Concern:关切
        中方 welcomes (France)                   | CHN FRA | 中方欢迎法方积极参与共建“一带一路”。 | CHN:Support:欢迎
        unattributed 应 is an Appeal             | CHN FRA | 国际社会应加大对非洲发展的支持。 | CHN+FRA:Appeal:加大
        narrative talks hold none                | CHN FRA | 两国元首在巴黎举行会谈。 |
        a year fact holds none                   | CHN VNM | 2025年是中越建交75周年。 |
        unattributed assessment (Vietnam)        | CHN VNM | 中越关系进入新的发展阶段。 | CHN+VNM:Position:进入
        重申 governs a later 支持 (Pakistan)     | CHN PAK | 巴方重申坚定奉行一个中国政策，支持中方为实现国家统一所作的努力。 | PAK:Position:重申
        重申 then 欢迎 with its own subject (EU) | CHN european-union | 欧方重申坚持一个中国政策，中方对此表示欢迎。 | european-union:Position:重申; CHN:Support:欢迎
        强调 then 重申: two clause governors (Brazil) | CHN BRA | 双方强调，多边主义是应对挑战的正确选择，重申将继续加强协调。 | BRA+CHN:Position:强调; BRA+CHN:Position:重申
        modal + verb (Pakistan)                  | CHN PAK | 中巴双方将继续推进中巴经济走廊建设。 | CHN+PAK:Undertaking:推进
        Opposition (Pakistan)                    | CHN PAK | 双方坚决反对一切形式的恐怖主义。 | CHN+PAK:Opposition:反对
        注意到<NP>，愿…… is the speaker's own Undertaking (Vietnam) | FRA VNM | 越方注意到法方在核电安全方面的经验，愿与法方共同研究建立联合培训中心。 | VNM:Position:注意到; VNM:Undertaking:研究
        表示，愿…… stays one Position (Vietnam)  | FRA VNM | 越方表示，愿与法方共同研究建立联合培训中心。 | VNM:Position:表示
        欢迎……并赞赏…… holds two stances (Brazil) | BRA FRA | 巴方欢迎法方举办进口博览会并赞赏法方进一步扩大开放的举措。 | BRA:Support:欢迎; BRA:Support:赞赏
        item with its own 于……在…… predicate (Vietnam) | CHN VNM | 双方同意在以下领域加强合作： / （一）双方将于2025年在河内举办中越投资论坛； | CHN+VNM:Undertaking:举办
        item with its own party and 同 frame (Kazakhstan) | CHN KAZ | 双方同意在以下领域加强合作： / （一）哈方愿同中方探讨在哈萨克斯坦建设汽车生产线； | KAZ:Undertaking:探讨
        a party subject after an appeal to others speaks for itself (Kazakhstan) | CHN KAZ | 中亚各国应加强边境管控合作，双方愿为此提供技术支持。 | CHN+KAZ:Appeal:加强; CHN+KAZ:Undertaking:提供
        conditional 如 clause holds none (Brazil)  | ARG BRA | 巴阿两国如遭受自然灾害，将相互提供紧急援助。 | ARG+BRA:Undertaking:提供
        conditional 如果 clause, no subject (Peru) | CHN PER | 如果发生紧急情况，双方将相互提供援助。 | CHN+PER:Undertaking:提供
        将在……为 X 培训: 将 is the modal, 为 a preposition (Vietnam) | PAK VNM | 巴方将在今后三年为越方培训1000名技术人才。 | PAK:Undertaking:培训
        重申 then a coordinated 反对 is one Position (Brazil) | BRA FRA | 双方重申坚定支持多边贸易体制，反对一切形式的保护主义。 | BRA+FRA:Position:重申
        fronted 对……表示关切 governs nothing after it (Vietnam) | FRA VNM | 双方对缅甸局势表示关切，支持通过对话解决缅甸问题。 | FRA+VNM:Concern:关切; FRA+VNM:Support:支持
        governed clause with a party subject     | CHN VNM | 双方一致认为，中越两国是山水相连的友好邻邦。 | CHN+VNM:Position:认为
        以……为契机 is a frame (Vietnam)         | CHN VNM | 双方同意以建交75周年为契机，深化全面战略合作。 | CHN+VNM:Undertaking:同意
        以……为契机 before an action (France)    | CHN FRA | 双方将以建交60周年为契机，推动两国关系取得新进展。 | CHN+FRA:Undertaking:推动
        clause-taking 表示 (Vietnam)             | CHN VNM | 越方表示，坚定奉行一个中国政策。 | VNM:Position:表示
        three coordinated predicates (Vietnam)   | CHN VNM | 双方将巩固政治互信，保持高层交往，开展务实合作。 | CHN+VNM:Undertaking:巩固; CHN+VNM:Undertaking:保持; CHN+VNM:Undertaking:开展
        shared object and purpose: one (Vietnam) | CHN VNM | 双方将不断丰富、完善合作机制，为两国人民创造更多福祉。 | CHN+VNM:Undertaking:丰富
        支持并促进: two kinds (Vietnam)          | CHN VNM | 双方支持并促进两国地方交流。 | CHN+VNM:Support:支持; CHN+VNM:Undertaking:促进
        lead-in passes party and kind (Vietnam)  | CHN VNM | 双方同意： / ——加强两党两国高层交往； | CHN+VNM:Undertaking:加强
        noun item takes the lead-in verb         | CHN VNM | 双方认为，当前两国关系的主要特征是： / ——高度的政治互信； | CHN+VNM:Position:认为
        negated list item (Vietnam)              | CHN VNM | 双方确定以下原则： / ——不结盟、不对抗、不针对第三方。 | CHN+VNM:Undertaking:!结盟; CHN+VNM:Undertaking:!对抗; CHN+VNM:Undertaking:!针对
        lead-in lasts over item continuations    | CHN KAZ | 双方将采取以下措施： / （一）加强边境合作。 / 深化执法安全合作。 | CHN+KAZ:Undertaking:深化
        a new section ends the lead-in           | CHN KAZ | 双方认为，两国关系的特征是： / §——高度的政治互信； |
        高度评价 is one verb (Kazakhstan)        | CHN KAZ | 哈方高度评价中方在联合国安理会发挥的建设性作用。 | KAZ:Support:高度评价
        frame before the verb (Kazakhstan)       | CHN KAZ | 双方愿在上海合作组织框架内加强协作。 | CHN+KAZ:Undertaking:加强
        绝不允许 is negated (Kazakhstan)         | CHN KAZ | 双方绝不允许任何势力利用本国领土从事损害对方安全的活动。 | CHN+KAZ:Undertaking:!允许
        wish for own aims (Brazil)               | CHN BRA | 中巴两国都希望实现联合国2030年可持续发展议程的目标。 | BRA+CHN:Undertaking:希望
        呼吁 with addressee (Brazil)             | CHN BRA | 双方呼吁国际社会加大对非洲的援助。 | BRA+CHN:Appeal:呼吁
        不接受 is an Opposition (Brazil)         | CHN BRA | 双方不接受任何形式的贸易保护主义。 | BRA+CHN:Opposition:!接受
        X方面 speaks alone (Brazil)              | CHN BRA | 巴西方面欢迎中国企业赴巴投资。 | BRA:Support:欢迎
        中欧 commit to three things (EU)         | CHN european-union | 中欧双方将深化绿色伙伴关系，加强在气候变化领域的合作，共同推动全球治理。 | CHN+european-union:Undertaking:深化; CHN+european-union:Undertaking:加强; CHN+european-union:Undertaking:推动
        欧方 speaks alone (EU)                   | CHN european-union | 欧方重申致力于多边主义。 | european-union:Position:重申
        reported stance inside 指出 (EU)         | CHN european-union | 双方指出，美国宣布退出该协定，这将损害国际合作。 | CHN+european-union:Position:指出
        multilateral: group leaders speak        | CHN RUS IND BRA ZAF | 金砖国家领导人重申致力于多边主义。 | BRA+CHN+IND+RUS+ZAF:Position:重申
        multilateral: 各方 are all parties       | CHN RUS IND BRA ZAF | 各方同意加强协调。 | BRA+CHN+IND+RUS+ZAF:Undertaking:同意
        multilateral: 五国领导人 welcome         | CHN RUS IND BRA ZAF | 五国领导人欢迎南非担任主席国。 | BRA+CHN+IND+RUS+ZAF:Support:欢迎
        multilateral: 成员国 support (SCO)       | CHN RUS KAZ KGZ TJK UZB | 成员国支持哈萨克斯坦担任轮值主席国期间的工作。 | CHN+KAZ+KGZ+RUS+TJK+UZB:Support:支持
        multilateral: 成员国 will (SCO)          | CHN RUS KAZ KGZ TJK UZB | 成员国将继续加强在打击恐怖主义领域的合作。 | CHN+KAZ+KGZ+RUS+TJK+UZB:Undertaking:加强
        multilateral: 应 inside 强调 (SCO)       | CHN RUS KAZ KGZ TJK UZB | 成员国强调，应通过政治外交途径解决冲突。 | CHN+KAZ+KGZ+RUS+TJK+UZB:Position:强调
        multilateral: meeting is narrative       | CHN RUS KAZ KGZ TJK UZB | 上海合作组织成员国元首理事会会议于2024年7月4日在阿斯塔纳举行。 |
        leaders speak for the parties (France)   | CHN FRA | 习近平主席和马克龙总统一致同意，深化中法全面战略伙伴关系。 | CHN+FRA:Undertaking:同意
        leaders' talks are narrative (France)    | CHN FRA | 习近平主席同马克龙总统举行会谈。 |
        two governments decide (France)          | CHN FRA | 中华人民共和国政府和法兰西共和国政府决定建立全面战略伙伴关系。 | CHN+FRA:Undertaking:决定
        retrospective 了 holds none (France)     | CHN FRA | 访问期间，双方签署了航空、农业等领域合作文件。 |
        表示祝贺 is a Support (France)           | CHN FRA | 双方对巴黎奥运会成功举办表示祝贺。 | CHN+FRA:Support:祝贺
        密切 as a verb (France)                  | CHN FRA | 双方将采取以下措施： / （一）密切人文交流，便利人员往来。 | CHN+FRA:Undertaking:密切; CHN+FRA:Undertaking:便利
        密切 as an adverb (France)               | CHN FRA | 双方将密切协调，携手应对气候变化。 | CHN+FRA:Undertaking:协调; CHN+FRA:Undertaking:应对
        密切 in a noun item (France)             | CHN FRA | 双方认为，两国关系的特点是： / ——密切有效的国际协调。 | CHN+FRA:Position:认为
        talks and exchange of views: narrative   | CHN FRA | 两国元首在亲切友好的气氛中举行会谈，就双边关系和共同关心的问题深入交换意见。 |
        future exchange of views is a commitment | CHN FRA | 双方将定期就国际问题交换意见。 | CHN+FRA:Undertaking:交换
        stance after a retrospective clause      | CHN FRA | 双方回顾了两国关系发展历程，认为中法关系具有战略意义。 | CHN+FRA:Position:认为
        a 在 frame spanning a comma (Kazakhstan) | CHN KAZ | 双方将加强在打击恐怖主义、分裂主义，切断恐怖组织资金来源等方面的合作，深化执法安全合作。 | CHN+KAZ:Undertaking:加强; CHN+KAZ:Undertaking:深化
        label of a dash item is no statement     | CHN VNM | 双方确定以下方向： / ——守望相助，相互给予坚定支持。 | CHN+VNM:Undertaking:给予
        short commitment in a dash item          | CHN VNM | 双方同意： / ——加强合作，深化交流； | CHN+VNM:Undertaking:加强; CHN+VNM:Undertaking:深化
        深表关切 is a Concern (Brazil)           | CHN BRA | 双方对加沙地带人道主义局势深表关切。 | BRA+CHN:Concern:关切
        对……表示支持 is a Support (Brazil)       | CHN BRA | 中方对巴方举办二十国集团峰会表示支持。 | CHN:Support:支持
        another state's decision is reported     | CHN KAZ | 美国宣布退出《伊核问题全面协议》。 |
        another's decision with 将 as 把        | CHN KAZ | 日本政府宣布将福岛核污染水排海。 |
        assessment of another's decision         | CHN KAZ | 美国决定退出该协议将破坏地区稳定。 | CHN+KAZ:Position:破坏
        one party alone: modal and frame         | CHN | 中方愿同各国一道，推动构建人类命运共同体。 | CHN:Undertaking:推动
        one party alone: opposition              | CHN | 中国政府坚决反对任何形式的“台独”分裂活动。 | CHN:Opposition:反对
        dateline holds none                      | CHN FRA | （新华社巴黎5月6日电） |
        a foreign name after a title is no verb (Kazakhstan) | CHN KAZ | 中华人民共和国主席习近平和哈萨克斯坦共和国总统托卡耶夫在阿斯塔纳举行中哈元首会晤。 |
        leaders after their state's name: narrative (Kazakhstan) | CHN KAZ KGZ | 中华人民共和国主席习近平、吉尔吉斯共和国总统扎帕罗夫于2024年7月在阿斯塔纳举行三方会晤。 |
        leaders after their state's name agree (France) | CHN FRA | 中华人民共和国主席习近平和法兰西共和国总统马克龙一致同意深化两国全面战略伙伴关系。 | CHN+FRA:Undertaking:同意
        a group of the parties speaks (Central Asia) | CHN KAZ KGZ TJK TKM UZB | 中亚五国欢迎中方提出的倡议。 | KAZ+KGZ+TJK+TKM+UZB:Support:欢迎
        verb before 的 in a noun item (Kazakhstan) | CHN KAZ | 双方一致同意，两国合作的重点是： / ——更加务实的经贸合作； | CHN+KAZ:Undertaking:同意
        两国合作不针对: a topic, not a verb (Kazakhstan) | CHN KAZ | 中哈合作不针对任何第三方。 | CHN+KAZ:Position:!针对
        topic with a modal is a course (Kazakhstan) | CHN KAZ | 中哈合作将继续深化。 | CHN+KAZ:Undertaking:深化
        ministers exchanged views: none (Brazil) | CHN BRA IND | 三方外长就地区局势交换了意见。 |
        leaders exchanged views: none (Kazakhstan) | CHN KAZ | 访问期间，两国领导人就共同关心的国际问题深入交换看法。 |
        adjective before the verb (EU)           | CHN european-union | 双方强烈谴责针对平民的袭击。 | CHN+european-union:Opposition:谴责
        adjective before an action (Kazakhstan)  | CHN KAZ | 哈方忠实履行条约规定的义务。 | KAZ:Undertaking:履行
        加快商签: 商签 is the verb (Vietnam)     | CHN VNM | 双方将加快商签边境口岸管理协定。 | CHN+VNM:Undertaking:商签
        对 + object + verb, no light verb (Kazakhstan) | CHN KAZ | 哈方对本国领土拥有完全主权。 | KAZ:Position:拥有
        具有: an assertion, not an undertaking   | CHN PAK | 巴基斯坦在印度洋的合法权益具有充分的国际法依据。 | PAK:Position:具有
        adverbs joined by 、 (Kazakhstan)        | CHN KAZ | 双方将全面、有效落实两国睦邻友好合作条约。 | CHN+KAZ:Undertaking:落实
        将于 + year + verb (Brazil)              | CHN BRA | 双方将于2026年举办中巴文化年。 | BRA+CHN:Undertaking:举办
        通过 + verbal nouns + verb (Pakistan)    | CHN PAK | 有关各方应通过政治对话和平解决争端。 | CHN+PAK:Appeal:解决
        感到不安: the adjective is the Concern (Brazil) | BRA FRA | 双方对海地局势持续恶化感到不安。 | BRA+FRA:Concern:不安
        表示不安 is a Concern (Vietnam)          | LAO VNM | 双方对湄公河流域非法采砂活动表示不安。 | LAO+VNM:Concern:不安
        topicalised 对…，深感遗憾 (Kenya)        | ETH KEN | 对苏丹平民伤亡不断增加，双方深感遗憾。 | ETH+KEN:Concern:遗憾
        a modal makes a stance a course (France)  | BRA FRA | 法方愿继续支持巴方担任金砖国家主席国。 | FRA:Undertaking:支持
        modal stance, then a coordinated action (Brazil) | BRA FRA | 双方将继续支持在巴西的法语学校发展，鼓励两国青年交流。 | BRA+FRA:Undertaking:支持; BRA+FRA:Undertaking:鼓励
        在……的 modifies a noun, no open frame (Vietnam) | FRA VNM | 双方支持在河内的法语学校发展，鼓励两国青年交流。 | FRA+VNM:Support:支持; FRA+VNM:Undertaking:鼓励
        a sentence with its own subject ends the list (Vietnam) | LAO VNM | 双方认为，两国关系具有以下特点： / ——高度的政治互信。 / 越方愿同老方一道，加强在电力领域的合作。 | VNM:Undertaking:加强
        no-speaker sentence after a list is asserted (Kenya) | ETH KEN | 双方同意在以下领域加强合作： / ——能源； / ——交通。 / 双方签署了《能源合作谅解备忘录》。 / 上述备忘录将推动两国在地热能源领域的合作。 | ETH+KEN:Position:推动
        a topic clause after a list holds none (Peru) | BRA PER | 双方认为，两国关系具有以下特点： / ——高度的政治互信。 / 对非洲部分国家遭受严重旱灾，巴方表示深切同情。 | BRA:Position:表示
        联合 before a verb is an adverb (Kenya)  | ETH KEN | 双方将继续联合打击跨国毒品走私。 | ETH+KEN:Undertaking:打击
        an idiom before 的 in a noun item (Laos) | LAO VNM | 双方认为，两国关系具有以下特点： / ——互利共赢的能源合作； | LAO+VNM:Position:认为
        任何一方不得: each party's negated course (Kenya) | KEN TZA | 任何一方不得参加针对另一方的军事同盟。 | KEN+TZA:Undertaking:!参加
        以……为代价 is a frame (Ethiopia)        | ETH KEN | 两国绝不会以牺牲邻国利益为代价发展同第三国的关系。 | ETH+KEN:Undertaking:!发展
        party named again with 将 after 认为's object (Uzbekistan) | KAZ UZB | 双方认为，水资源是地区发展的基础，双方将在联合国框架下开展跨境河流合作。 | KAZ+UZB:Position:认为; KAZ+UZB:Undertaking:开展
        a 将 clause about a topic is the object of 相信 (Vietnam) | FRA VNM | 双方相信，越法关系将迎来更加美好的未来。 | FRA+VNM:Position:相信
        表示<NP>，并将…… is a second course (Brazil) | BRA PER | 对非洲部分国家遭受严重旱灾，巴方表示深切同情，并将继续提供力所能及的援助。 | BRA:Position:表示; BRA:Undertaking:提供
        重申<VP>，并将…… stays one Position (Kenya) | ETH KEN | 双方重申切实履行《生物多样性公约》，并将加强在该领域的协调。 | ETH+KEN:Position:重申
        上述计划将为……提供: the verb after the frame (Laos) | LAO VNM | 双方签署了《越南和老挝教育合作计划》。 / 上述计划将为两国扩大学生交流提供制度保障。 | LAO+VNM:Position:提供
        numbered item with its own party and 为 frame (Egypt) | EGY KEN | 双方商定将下列项目作为合作的优先方向： / 1.蒙巴萨港口建设； / 2.埃及将继续为肯尼亚培训农业领域的技术人员。 | EGY:Undertaking:培训
        期待 asking the other party is an Appeal (France) | BRA FRA | 法方期待巴方在2027年金砖国家峰会上发挥东道主作用。 | FRA:Appeal:期待
        期待 for the speakers' own aims (Brazil) | BRA FRA | 双方期待以建交200周年为契机，推动两国关系迈上新台阶。 | BRA+FRA:Undertaking:期待
        leaders held talks and issued a communiqué: none (Kenya) | ETH KEN | 两国领导人在内罗毕国家宫举行第五次年度磋商，会后发表联合公报。 |
        an agreement signed on a date: none (Brazil) | BRA FRA | 该协定于2019年6月28日签署，是欧盟同南美国家签署的重要协定。 |
        a future meeting is a course (Kenya)     | ETH KEN | 两国领导人将于明年举行第六次年度磋商。 | ETH+KEN:Undertaking:举行
        X方 HanLP cuts across (肯/方愿) is one word (Kenya) | ETH KEN | 肯方愿同埃方一道推动东非地区互联互通。 | KEN:Undertaking:推动
        X方 HanLP cuts across (坦/方将) is one word (Tanzania) | KEN TZA | 坦方将继续向肯方提供港口设施。 | TZA:Undertaking:提供
        向 frame closes at its first verb (Tanzania) | KEN TZA | 坦桑尼亚将继续向肯尼亚开放港口设施。 | TZA:Undertaking:开放
        向 frame before a light verb (Kenya)     | KEN TZA | 双方将向对方派遣留学生，并向对方提供奖学金。 | KEN+TZA:Undertaking:派遣; KEN+TZA:Undertaking:提供
        一是……二是……三是 enumerate courses (Serbia) | HUN SRB | 双方一是加强政治互信，二是深化经贸合作，三是扩大人文交流。 | HUN+SRB:Undertaking:加强; HUN+SRB:Undertaking:深化; HUN+SRB:Undertaking:扩大
        an adjective before the verb is no subject (Hungary) | HUN SRB | 双方支持联合国发挥核心作用，强烈谴责针对平民的袭击。 | HUN+SRB:Support:支持; HUN+SRB:Opposition:谴责
        无意 negates the course (Serbia)         | HUN SRB | 双方无意针对任何第三方。 | HUN+SRB:Undertaking:!针对
        不承认 is an Opposition (Hungary)          | HUN SRB | 匈方不承认任何单方面改变边界的行为。 | HUN:Opposition:!承认
        决不会承认 is an Opposition (Serbia)       | HUN SRB | 塞方决不会承认科索沃单方面宣布的独立。 | SRB:Opposition:!承认
        绝不承认 is an Opposition (Hungary)        | HUN SRB | 双方绝不承认以武力吞并的领土。 | HUN+SRB:Opposition:!承认
        各成员国 (各/成员国) are the parties of a declaration (five) | BRA CHN IND RUS ZAF | 各成员国同意明年举办金砖国家文化节。 | BRA+CHN+IND+RUS+ZAF:Undertaking:同意
        准备 + verb is a modal: the verb is the statement (Kenya) | ETH KEN | 肯方准备为埃方的铁路项目提供技术援助。 | KEN:Undertaking:提供
        an adverbial verb (vd) before the verb is no verb (Kenya) | ETH KEN | 地区国家应当通过对话自主解决边界问题。 | ETH+KEN:Appeal:解决
        帮助 after a statement is its purpose (Kenya) | ETH KEN | 肯方将继续向埃方提供粮食援助，帮助埃方应对旱灾。 | KEN:Undertaking:提供
        a party with 对此 after 重申 answers with its own stance (Laos) | LAO VNM | 老方重申奉行永久中立政策，越方对此表示尊重。 | LAO:Position:重申; VNM:Undertaking:尊重
        fronted 对……表示理解 governs nothing after it (Vietnam) | LAO VNM | 越方对老方在湄公河问题上的关切表示理解，支持通过协商解决分歧。 | VNM:Position:表示; VNM:Support:支持
        欢迎并将…… holds a stance and a course (Ethiopia) | ETH KEN | 肯方鼓励本国企业赴埃投资，埃方欢迎并将为此提供便利。 | KEN:Undertaking:鼓励; ETH:Support:欢迎; ETH:Undertaking:提供
        the closing formula 本纪要于……签订 holds none (Peru) | CHL PER | 本纪要于2026年3月2日在利马签订，一式两份。 |
        a joint body of the parties (合作/vn 委员会) with a modal is their course (Kenya) | ETH KEN | 两国政府间合作委员会将于明年在内罗毕召开第五次会议。 | ETH+KEN:Undertaking:召开
        下一次会晤将……举行: a counted meeting is a subject, no narrative (Peru) | CHL PER | 下一次会晤将于明年在利马举行，具体日期通过外交途径商定。 | CHL+PER:Position:举行
        parties（以下简称“双方”）元首 held a summit: narrative, none (Peru) | CHL PER | 智利共和国和秘鲁共和国（以下简称“双方”）元首于2025年6月17日在利马举行第二次双边峰会。 |
        无意 (no intention) makes the clause of a topic a course (Laos) | LAO VNM | 两国合作无意针对任何第三方。 | LAO+VNM:Undertaking:!针对
        重申，……时，双方将……: the consequence of a 时 clause stays governed (Kenya) | ETH KEN | 双方重申，根据该条约，一方遭受外来侵略时，双方将立即进行磋商。 | ETH+KEN:Position:重申
        不同 before a name and a verb is 不 + 同 (Laos) | CHN LAO | 老方不同台湾建立任何形式的官方关系。 | LAO:Undertaking:!建立
        重申，……，老方不与……建立: the party named again refuses a course (Laos) | CHN LAO | 老方重申，台湾是中国领土不可分割的一部分，老方不与台湾建立任何形式的官方关系。 | LAO:Position:重申; LAO:Undertaking:!建立
        高度重视 is a Position of judgement (Laos) | LAO VNM | 双方高度重视湄公河水资源合作，同意建立联合工作组。 | LAO+VNM:Position:重视; LAO+VNM:Undertaking:同意
        不赞成 is an Opposition (Serbia)          | FRA SRB | 双方不赞成将体育问题政治化。 | FRA+SRB:Opposition:!赞成
        不支持 is an Opposition (Vietnam)         | BRA VNM | 越方不支持任何单边制裁措施。 | VNM:Opposition:!支持
        愿同……一道继续致力于: the verb is 致力于 (Kazakhstan) | KAZ VNM | 双方愿同地区国家一道继续致力于维护地区和平稳定。 | KAZ+VNM:Undertaking:致力于
        同……一道致力于达成……: the frame closes at 致力于 (Indonesia) | IDN VNM | 双方愿同东盟各国一道致力于早日达成渔业合作协定。 | IDN+VNM:Undertaking:致力于
        到 + year after 共同努力 is its aim, no verb (Brazil) | BRA FRA | 双方将共同努力，到2030年使双边贸易额达到五百亿美元。 | BRA+FRA:Undertaking:努力
        the clause after 共同努力， is its aim (Chile) | CHL PER | 双方将共同努力，推动太平洋联盟框架下的合作取得新进展。 | CHL+PER:Undertaking:努力
        反对……，反对……: two coordinated Oppositions (Pakistan) | CHN PAK | 双方坚决反对单边制裁，反对将经贸问题政治化。 | CHN+PAK:Opposition:反对; CHN+PAK:Opposition:反对
        呼吁……，反对……: the Opposition is the parties' own (Vietnam) | FRA VNM | 双方呼吁各方保持克制，反对任何单边军事行动。 | FRA+VNM:Appeal:呼吁; FRA+VNM:Opposition:反对
        主张……，不支持……: the Opposition is the parties' own (Egypt) | EGY FRA | 双方主张通过谈判解决争端，不支持诉诸武力。 | EGY+FRA:Appeal:主张; EGY+FRA:Opposition:!支持
        a third party's 表示，将…… is reported, none (Kenya) | ETH KEN | 世界卫生组织表示，将向东非国家派遣医疗队。 |
        a third party's official 宣布，将…… is reported, none (Kenya) | ETH KEN | 非盟委员会主席此前宣布，将于明年举办非洲和平论坛。 |
        a 同比 statistic is a fact, none (Kenya) | ETH KEN | 2025年，埃塞俄比亚对肯尼亚出口咖啡同比增长百分之十五。 |
        a modal 同比 target is a course (Kenya) | ETH KEN | 双方将推动双边贸易额同比增长百分之十五。 | ETH+KEN:Undertaking:推动
        欢迎并支持: two stances of one kind are two statements (Kazakhstan) | KAZ UZB | 双方欢迎并支持上海合作组织扩员进程。 | KAZ+UZB:Support:欢迎; KAZ+UZB:Support:支持
        得到X方积极评价: the passive's agent holds the stance (Vietnam) | PAK VNM | 巴方提出的区域互联互通倡议得到越方积极评价。 | VNM:Support:积极评价
        受到X方的欢迎: the passive's agent holds the stance (Chile) | CHL PER | 秘方举办的亚太经合组织会议受到智方的欢迎。 | CHL:Support:欢迎
        X方外长表示: the minister speaks for that party only (Philippines) | PHL VNM | 菲方外长表示，菲律宾将积极参与湄公河下游倡议。 | PHL:Position:表示
        X方外交部长强调: that party only (Kenya) | ETH KEN | 肯方外交部长强调，两国合作前景广阔。 | KEN:Position:强调
        a time clause ……生效后， holds none (Peru) | CHL PER | 该协定生效后，双方将在其框架下设立联合委员会。 | CHL+PER:Undertaking:设立
        an item's second clause after a time has its own verb (Peru) | CHL PER | 双方将采取以下措施： / 1.建立矿业合作工作组，2027年前完成锂矿联合勘探。 | CHL+PER:Undertaking:建立; CHL+PER:Undertaking:完成
        a —— item opening with 依照 has its own verb (Peru) | CHL PER | 双方商定落实下列任务： / ——依照《利马宣言》协调亚马孙河流域的水资源管理。 | CHL+PER:Undertaking:协调
        the closing formula ……写成，……同等作准 holds none (Peru) | CHL PER | 本协定以西班牙文和英文写成，两种文本同等作准。 |
        对此表示期待 with nothing after is a Position 表示 (Peru) | CHL PER | 双方商定，下届峰会于明年在利马举行，秘方对此表示期待。 | CHL+PER:Undertaking:商定; PER:Position:表示
        乐见 is a Support (Kenya)                 | ETH KEN | 双方乐见两国航空公司开通直航航线。 | ETH+KEN:Support:乐见
        表示钦佩 is a Support 钦佩 (Brazil)        | BRA PER | 秘方对巴方在减贫领域取得的成就表示钦佩。 | PER:Support:钦佩
        """)
    void readsStatements(String name, String parties, String units, String expected) {
        List<Statement> found = lastUnit(parties, units);
        assertEquals(expected == null ? "" : expected, render(found), name);
    }

    @Test
    void verbOffsetPointsAtTheVerb() {
        String text = "双方将继续推进两国经贸合作。";
        List<Statement> found = lastUnit("CHN VNM", text);
        assertEquals(1, found.size());
        Statement s = found.get(0);
        assertEquals(s.verb(), text.substring(s.verbAt(), s.verbAt() + s.verb().length()));
    }

    @Test
    void inheritedVerbHasNoOffset() {
        List<Statement> found = lastUnit("CHN VNM", "双方认为，两国关系的特征是： / ——高度的政治互信；");
        assertEquals(-1, found.get(0).verbAt());
    }

    @Test
    void appealNamesItsAddressee() {
        List<Statement> found = lastUnit("CHN FRA", "国际社会应加大对非洲发展的支持。");
        assertTrue(found.get(0).addressees().stream().anyMatch(a -> a.id().equals("international-community")),
                found.toString());
    }

    private static List<Statement> lastUnit(String parties, String units) {
        List<Actor> ps = Arrays.stream(parties.trim().split("\\s+"))
                .map(id -> lexicon.actor(id).orElseThrow(() -> new IllegalArgumentException("no actor " + id)))
                .toList();
        List<List<Statement>> all = extractor.extract(document(units), ps);
        return all.get(all.size() - 1);
    }

    static Document document(String units) {
        List<Unit> list = new ArrayList<>();
        int section = 0;
        int at = 0;
        for (String raw : units.split(" / ")) {
            String text = raw.trim();
            if (text.startsWith("§")) {
                section++;
                text = text.substring(1);
            }
            Matcher m = MARKER.matcher(text);
            String marker = m.find() ? m.group(1) : "";
            list.add(new Unit(list.size(), text, text, new Span(at, at + text.length()),
                    new Section(section, section == 0 ? "" : "第" + section + "部分"), marker));
            at += text.length();
        }
        return new Document(new SourceText(Path.of("test.txt"), "", StandardCharsets.UTF_8), 0, "",
                Optional.empty(), list);
    }

    private static String render(List<Statement> found) {
        return found.stream().map(s -> s.parties().stream().map(a -> a.code().orElse(a.id()))
                        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining("+"))
                        + ":" + s.kind() + ":" + (s.negated() ? "!" : "") + s.verb())
                .collect(Collectors.joining("; "));
    }
}
