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

/** What a standalone line may be: heading, title, page marker, dateline; and bad rule rows. */
class LineRulesTest {
    private final LineRules rules = new LineRules(LayoutRules.standard());

    @ParameterizedTest
    @ValueSource(strings = {"一", "二、", "三．", "十一", "第二部分", "政治合作", "人文交流", "能源合作", "国际和地区问题",
        "二、经济合作", "（三）科技创新合作", "三、全球治理", "4.执法安全合作",
        "【政治互信】", "【务实合作】", "【国际和地区事务】"})
    void recognisesHeadings(String line) {
        assertTrue(rules.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"双方同意加强合作", "中方高度重视", "两国元首举行会谈", "两国将深化务实合作", "双方同意：", "——高度的政治互信",
        "（一）双方重申支持。", "中巴经济走廊是重要合作。", "十分重要"})
    void leavesSentencesAndListItemsAlone(String line) {
        assertFalse(rules.isHeading(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国和法兰西共和国联合声明", "中华人民共和国和巴基斯坦伊斯兰共和国联合声明（全文）",
        "中国—东盟领导人关于可持续发展合作的联合声明", "中越联合公报", "中华人民共和国和巴西联邦共和国联合行动计划",
        "中华人民共和国与欧洲联盟领导人会晤联合声明", "中哈两国元首关于进一步深化全面战略伙伴关系的联合宣言",
        "中华人民共和国和越南社会主义共和国联合声明_新华网", "中国—东盟联合声明（2019年11月3日，曼谷）",
        "中華人民共和國和法蘭西共和國聯合聲明",
        // the letters of an ending are looked for in the normalised line, before cleaning
        "中華人民共和國和越南社會主義共和國聯合公報", "中华人民共和国和哈萨克斯坦共和国联合宣言（全文）",
        "中国—东盟领导人会议主席声明_外交部", "中华人民共和国和巴西联邦共和国联合新闻稿：全文"})
    void recognisesTitles(String line) {
        assertTrue(rules.isTitle(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"双方发表了联合声明。", "中华人民共和国和俄罗斯联邦（以下称“双方”），声明如下：", "声明",
        "（新华社莫斯科6月5日电）", "《中华人民共和国和巴西联邦共和国联合行动计划》", "1.中法联合声明", "——中法联合声明",
        "双方发表声明，明确立场", "越南和法国明确表示支持", "巴基斯坦总理的宣言和演讲"})
    void doesNotTakeSentencesForTitles(String line) {
        assertFalse(rules.isTitle(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（下转第三版）", "（上接第一版）", "（紧接第2版）", "（转第十一版）"})
    void recognisesPageMarkers(String line) {
        assertTrue(rules.isDropped(line), line);
    }

    /** A breadcrumb: two > or more and no sentence end, however long the line. */
    @ParameterizedTest
    @ValueSource(strings = {"首页>新闻>正文", "首页＞国际＞中法关系＞正文", "外交部>>双边关系", "新华网>国际频道>亚太>越南总理访华，双方发表联合声明",
        "首页>政务公开>巴基斯坦总理访华期间两国发表联合声明全文>正文"})
    void dropsBreadcrumbs(String line) {
        assertTrue(rules.isDropped(line), line);
    }

    /** Counting separators says what the page-marker regex the count replaced said of the line. */
    @ParameterizedTest
    @ValueSource(strings = {"首页>新闻>正文", "首页>国际＞正文", ">>", "＞＞", ">", "首页>新闻", "a>b>c。", "a>b>c；", "新闻>国际>越南总理访华！",
        "。>>", "首页>新闻>正文?", "双方同意加强合作", "", "首页 > 新闻 > 巴西", "法国>>巴基斯坦：东盟", ">。>"})
    void breadcrumbsAreWhatTheRegexMatched(String line) {
        boolean regex = java.util.regex.Pattern.compile("[^。；！？]*[>＞][^。；！？]*[>＞][^。；！？]*").matcher(line).matches();
        assertEquals(regex, rules.isBreadcrumb(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"首页>新闻", "双方同意>加强合作。其他>内容", "巴方认为，贸易额>100亿美元>预期。", "中华人民共和国和法兰西共和国联合声明",
        "双方强调，中国和巴西的合作具有全球意义"})
    void keepsLinesThatAreNoBreadcrumb(String line) {
        assertFalse(rules.isDropped(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"（新华社莫斯科6月5日电）", "新华社北京3月1日电", "新华社伊斯兰堡2019年10月8日电",
        "新华社巴西利亚11月13日电（记者张三）", "本报北京6月5日电"})
    void recognisesDatelines(String line) {
        assertTrue(rules.isDateline(line), line);
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
