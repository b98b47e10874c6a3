package org.pledgegraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.PledgegraphException;

/** What a standalone line is: heading, title, page marker, dateline, or body text. */
class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier(LayoutRules.standard());

    @ParameterizedTest
    @ValueSource(strings = {"一", "二、", "三．", "十一", "第二部分", "政治合作", "人文交流", "能源合作", "国际和地区问题",
        "二、经济合作", "（三）科技创新合作", "三、全球治理", "4.执法安全合作"})
    void recognisesHeadings(String line) {
        assertTrue(classifier.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"双方同意加强合作", "一带一路建设", "两国将深化务实合作", "双方同意：", "——高度的政治互信",
        "（一）双方重申支持。", "中巴经济走廊是重要合作。", "十分重要"})
    void leavesSentencesAndListItemsAlone(String line) {
        assertFalse(classifier.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国和法兰西共和国联合声明", "中华人民共和国和巴基斯坦伊斯兰共和国联合声明（全文）",
        "中国—东盟领导人关于可持续发展合作的联合声明", "中越联合公报", "中华人民共和国和巴西联邦共和国联合行动计划",
        "中华人民共和国与欧洲联盟领导人会晤联合声明", "中哈两国元首关于进一步深化全面战略伙伴关系的联合宣言"})
    void recognisesTitles(String line) {
        assertTrue(classifier.isTitle(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"双方发表了联合声明。", "中华人民共和国和俄罗斯联邦（以下称“双方”），声明如下：", "声明",
        "（新华社莫斯科6月5日电）", "《中华人民共和国和巴西联邦共和国联合行动计划》", "1.中法联合声明", "——中法联合声明"})
    void doesNotTakeSentencesForTitles(String line) {
        assertFalse(classifier.isTitle(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（下转第三版）", "（上接第一版）", "（紧接第2版）", "（转第十一版）"})
    void recognisesPageMarkers(String line) {
        assertTrue(classifier.isDropped(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（新华社莫斯科6月5日电）", "新华社北京3月1日电", "新华社伊斯兰堡2019年10月8日电",
        "新华社巴西利亚11月13日电（记者张三）", "本报北京6月5日电"})
    void recognisesDatelines(String line) {
        assertTrue(classifier.isDateline(line), line);
    }

    @Test
    void findsHeadingsOnlyWhereAParagraphMayStart() {
        String text = """
                双方认为，两国在能源领域的合作不断深化，双方同意在核
                能合作
                方面继续推进大项目，加强技术交流与人员培训，扩大规模。
                双方同意进一步加强在数字经济和绿色发展领域的合作，共
                同推动全球治理体系朝着更加公正合理的方向发展。双方
                支持巴基斯坦和阿富汗加强对话，愿同地区国家一道维护
                地区和平稳定。
                """;
        List<Line> lines = classifier.classify(text);
        assertTrue(lines.stream().allMatch(l -> l.kind() == Line.Kind.BODY), lines.toString());
    }

    @Test
    void aBadRuleRowNamesTheFileAndLine() {
        PledgegraphException e = assertThrows(PledgegraphException.class,
                () -> LayoutRules.parse("layout.tsv", List.of("# comment", "heading\t政治合作", "title-ending")));
        assertEquals("layout.tsv:3: expected KIND<TAB>VALUE, got: title-ending", e.getMessage());
        PledgegraphException bad = assertThrows(PledgegraphException.class,
                () -> LayoutRules.parse("layout.tsv", List.of("page-marker\t（[下转")));
        assertTrue(bad.getMessage().startsWith("layout.tsv:1: "), bad.getMessage());
        PledgegraphException kind = assertThrows(PledgegraphException.class,
                () -> LayoutRules.parse("layout.tsv", List.of("headline\t政治合作")));
        assertEquals("layout.tsv:1: unknown kind 'headline'", kind.getMessage());
    }
}
