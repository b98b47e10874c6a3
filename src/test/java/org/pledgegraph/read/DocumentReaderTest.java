package org.pledgegraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layouts other than the seed's: web pages, several documents, no title, odd punctuation. */
class DocumentReaderTest {
    static final String FRANCE_WEB = """
            中华人民共和国和法兰西共和国联合声明
            新华社巴黎3月26日电　应法兰西共和国总统马克龙邀请，中华人民共和国主席习近平于2019年3月24日至26日对法国进行国事访问。
            一、政治合作
            双方重申致力于发展中法全面战略伙伴关系。双方同意保持高层交往，加强战略对话；
            ——深化议会、政党交流
            ——加强地方合作
            二、经济合作
            双方欢迎《中法经贸合作协定》签署。双方将扩大贸易和投资：
            （一）法方支持中国企业赴法投资。
            （二）中方欢迎法国农产品进入中国市场。
            """;

    private static List<Document> read(String text) {
        return new DocumentReader().documents(new SourceText(Path.of("test.txt"), text, StandardCharsets.UTF_8));
    }

    private static List<String> texts(Document d) {
        return d.units().stream().map(Unit::text).toList();
    }

    @Test
    void readsAWebPageWithTheTitleFirstAndOneParagraphPerLine() {
        List<Document> docs = read(FRANCE_WEB);
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        assertEquals("中华人民共和国和法兰西共和国联合声明", d.title());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 26)), d.date());
        assertEquals(List.of("新华社巴黎3月26日电",
                "应法兰西共和国总统马克龙邀请，中华人民共和国主席习近平于2019年3月24日至26日对法国进行国事访问。",
                "双方重申致力于发展中法全面战略伙伴关系。", "双方同意保持高层交往，加强战略对话；",
                "——深化议会、政党交流", "——加强地方合作",
                "双方欢迎《中法经贸合作协定》签署。", "双方将扩大贸易和投资：",
                "（一）法方支持中国企业赴法投资。", "（二）中方欢迎法国农产品进入中国市场。"), texts(d));
    }

    @Test
    void keepsHeadingsAsSectionsAndMarkersOnItems() {
        Document d = read(FRANCE_WEB).get(0);
        assertEquals(new Section(0, ""), d.units().get(0).section());
        assertEquals(new Section(1, "一、政治合作"), d.units().get(2).section());
        assertEquals(new Section(2, "二、经济合作"), d.units().get(6).section());
        assertEquals("——", d.units().get(4).marker());
        assertEquals("（二）", d.units().get(9).marker());
        assertTrue(d.units().get(7).isLeadIn());
    }

    @Test
    void aTopicInSquareBracketsOnALineOfItsOwnIsASectionHeading() {
        Document d = read("""
                越南社会主义共和国和老挝人民民主共和国联合公报
                【政治互信】
                双方同意保持高层交往。
                【经贸往来】
                ——万象至河内高速公路项目；
                ——边境经济区建设。
                """).get(0);
        assertEquals(List.of("双方同意保持高层交往。", "——万象至河内高速公路项目；", "——边境经济区建设。"), texts(d));
        assertEquals(new Section(1, "【政治互信】"), d.units().get(0).section());
        assertEquals(new Section(2, "【经贸往来】"), d.units().get(2).section());
    }

    @Test
    void splitsAWebFileIntoItsDocumentsWhenTitlesComeFirst() {
        String text = FRANCE_WEB + """

                中华人民共和国和巴基斯坦伊斯兰共和国关于加强全天候战略合作伙伴关系的联合声明
                2019年10月9日，两国领导人在北京举行会谈。
                双方同意推进中巴经济走廊建设。
                """;
        List<Document> docs = read(text);
        assertEquals(List.of("中华人民共和国和法兰西共和国联合声明",
                "中华人民共和国和巴基斯坦伊斯兰共和国关于加强全天候战略合作伙伴关系的联合声明"),
                docs.stream().map(Document::title).toList());
        assertEquals(List.of("2019年10月9日，两国领导人在北京举行会谈。", "双方同意推进中巴经济走廊建设。"),
                texts(docs.get(1)));
        assertEquals(1, docs.get(1).ordinal());
    }

    @Test
    void readsAWrappedNewspaperTextWithTheTitleAfterTheBody() {
        String text = """
                中华人民共和国和越南社会主义共和国双方同意，
                继续加强两党两国高层交往。双方将深化经贸、
                
                投资合作，推动“两廊一圈”框架同“一带一路”倡议
                对接。
                
                （新华社河内11月12日电）
                
                中越联合声明
                """;
        List<Document> docs = read(text);
        assertEquals(1, docs.size());
        assertEquals("中越联合声明", docs.get(0).title());
        assertEquals(List.of("中华人民共和国和越南社会主义共和国双方同意，继续加强两党两国高层交往。",
                "双方将深化经贸、投资合作，推动“两廊一圈”框架同“一带一路”倡议对接。", "（新华社河内11月12日电）"),
                texts(docs.get(0)));
        assertEquals(Optional.empty(), docs.get(0).date(), "no year anywhere in the text");
    }

    @Test
    void aPlaceAndDateLineBeforeATrailingTitleStaysAUnitOfItsOwn() {
        String text = """
                巴西联邦共和国和阿根廷共和国双方同意深化在
                能源、农业和基础设施领域的合作，共同维护地
                区和平稳定。两国外长将每年举行一次会晤，并
                加强在多边机构中的协调。
                
                2024年5月8日于巴西利亚
                巴西联邦共和国和阿根廷共和国关于深化战略伙伴关系的联合声明
                """;
        Document d = read(text).get(0);
        assertEquals("巴西联邦共和国和阿根廷共和国关于深化战略伙伴关系的联合声明", d.title());
        assertEquals(List.of("巴西联邦共和国和阿根廷共和国双方同意深化在能源、农业和基础设施领域的合作，共同维护地区和平稳定。",
                "两国外长将每年举行一次会晤，并加强在多边机构中的协调。", "2024年5月8日于巴西利亚"), texts(d));
        assertEquals(Optional.of(LocalDate.of(2024, 5, 8)), d.date());
    }

    @Test
    void aPageNumberInsideAWrappedSentenceDoesNotBreakIt() {
        String text = """
                越南社会主义共和国和老挝人民民主共和国联合声明
                新华社河内3月5日电
                双方同意进一步加强在贸易、投资、农业和基础设
                施等领域的务实合作，推动双边贸易额稳步增长。
                越方欢迎老挝企业扩大对越南的投资，双方将共同
                — 2 —
                推进越老铁路项目前期研究。老方感谢越方在抗击
                第3页
                疫情和发展经济方面给予的宝贵帮助。
                """;
        Document d = read(text).get(0);
        assertEquals(List.of("新华社河内3月5日电", "双方同意进一步加强在贸易、投资、农业和基础设施等领域的务实合作，推动双边贸易额稳步增长。",
                "越方欢迎老挝企业扩大对越南的投资，双方将共同推进越老铁路项目前期研究。",
                "老方感谢越方在抗击疫情和发展经济方面给予的宝贵帮助。"), texts(d));
    }

    @Test
    void aPageNumberBetweenParagraphsIsDropped() {
        Document d = read("肯尼亚共和国和埃塞俄比亚联邦民主共和国联合声明\n双方同意加强基础设施合作。\n- 4 -\n双方支持非洲联盟发挥作用。\n").get(0);
        assertEquals(List.of("双方同意加强基础设施合作。", "双方支持非洲联盟发挥作用。"), texts(d));
    }

    @Test
    void readsAFileWithOneDocumentAndNoTitle() {
        List<Document> docs = read("双方同意加强中国—东盟自由贸易区建设。\n双方支持多边贸易体制。\n");
        assertEquals(1, docs.size());
        assertEquals("", docs.get(0).title());
        assertEquals(2, docs.get(0).units().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            双方支持《联合国宪章》宗旨和原则。双方同意加强合作。                    | 2
            双方支持《联合国宪章宗旨和原则。双方同意加强合作。                      | 2
            巴方表示：“中方是可靠的朋友。”双方同意加强合作。                       | 3
            巴方一致认为“中方是可靠的朋友。”双方同意加强合作。                     | 2
            双方认为“一带一路”倡议有助于发展。双方同意加强合作。                   | 2
            双方认为“一带一路倡议有助于发展。双方同意加强合作。                    | 2
            双方欢迎《关于深化合作的联合声明；及其附件》。双方同意加强合作。         | 2
            """)
    void cutsAtSentenceEndsButNotInsideTitlesOrQuotes(String text, int units) {
        List<Document> docs = read(text.strip());
        assertEquals(units, docs.get(0).units().size(), texts(docs.get(0)).toString());
    }

    @Test
    void keepsTraditionalTextAndSimplifiesThePlainForm() {
        Unit u = read("雙方重申致力於發展全面戰略夥伴關係。").get(0).units().get(0);
        assertEquals("雙方重申致力於發展全面戰略夥伴關係。", u.text());
        assertEquals("双方重申致力于发展全面战略伙伴关系。", u.plain());
    }

    @Test
    void widensHalfWidthPunctuationInThePlainFormAndCutsAtIt() {
        List<Unit> units = read("巴西方面表示:双方同意扩大贸易(包括农产品),金额达1,000亿美元!双方满意。")
                .get(0).units();
        assertEquals("巴西方面表示:", units.get(0).text());
        assertEquals("巴西方面表示：", units.get(0).plain());
        assertEquals("双方同意扩大贸易（包括农产品），金额达1,000亿美元！", units.get(1).plain());
        assertEquals(3, units.size());
    }

    @Test
    void spansPointIntoTheOriginalTextEvenWithIndentationAndCrLf() {
        String text = " 中华人民共和国和哈萨克斯坦共和国联合声明\r\n\r\n　　双方同意 加强能源合作。双方将继续合作。\r\n　　双方支持多边主义。\r\n";
        Document d = read(text).get(0);
        for (Unit u : d.units()) {
            assertEquals(u.text(), text.substring(u.span().begin(), u.span().end()).replaceAll("[\\s　]", ""));
        }
        assertEquals("双方同意加强能源合作。", d.units().get(0).text());
    }

    @Test
    void readsSignatureLinesAndAWrappedTitleInNewspaperLayout() {
        String text = """
                中华人民共和国和哈萨克斯坦共和国（以下简称“双方”）一致认为，
                两国关系保持高水平发展。双方将继续深化共建“一带一路”
                合作，推动产能、能源、农业等领域合作提质升级。双方
                
                支持对方维护国家主权、安全和发展利益。
                中华人民共和国主席　　哈萨克斯坦共和国总统
                二〇一九年九月十一日于北京
                
                中华人民共和国和哈萨克斯坦共和国关于发展
                永久全面战略伙伴关系的联合声明
                """;
        List<Document> docs = read(text);
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        assertEquals("中华人民共和国和哈萨克斯坦共和国关于发展永久全面战略伙伴关系的联合声明", d.title());
        assertEquals(List.of("中华人民共和国和哈萨克斯坦共和国（以下简称“双方”）一致认为，两国关系保持高水平发展。",
                "双方将继续深化共建“一带一路”合作，推动产能、能源、农业等领域合作提质升级。",
                "双方支持对方维护国家主权、安全和发展利益。", "中华人民共和国主席哈萨克斯坦共和国总统",
                "二〇一九年九月十一日于北京"), texts(d));
        assertEquals(Optional.of(LocalDate.of(2019, 9, 11)), d.date());
    }

    @Test
    void readsAWebPageWithNavigationNumberedHeadingsAndATranslation() {
        String text = """
                首页 新闻 国际 > 正文
                新闻中心 > 国际新闻 > 正文
                中巴联合声明
                来源：新华网
                  应巴西联邦共和国总统邀请，中华人民共和国主席于2019年11月12日至14日对巴西进行国事访问。

                  一、加强政治对话,促进政治互信

                  1.双方将保持两国元首年度会晤。
                  Les deux parties maintiendront des rencontres annuelles entre chefs d'Etat.
                  2、双方同意加强立法机构交往。

                  二、深化务实合作

                  3. 双方欢迎签署《中巴农业合作谅解备忘录》。
                """;
        Document d = read(text).get(0);
        assertEquals("中巴联合声明", d.title());
        assertEquals(List.of("应巴西联邦共和国总统邀请，中华人民共和国主席于2019年11月12日至14日对巴西进行国事访问。",
                "1.双方将保持两国元首年度会晤。", "2、双方同意加强立法机构交往。", "3.双方欢迎签署《中巴农业合作谅解备忘录》。"),
                texts(d));
        assertEquals(List.of("", "一、加强政治对话,促进政治互信", "一、加强政治对话,促进政治互信", "二、深化务实合作"),
                d.units().stream().map(u -> u.section().heading()).toList());
        assertEquals(List.of("", "1.", "2、", "3."), d.units().stream().map(Unit::marker).toList());
    }

    @Test
    void aListOfSignedDocumentsDoesNotSplitTheStatement() {
        String text = """
                中华人民共和国和越南社会主义共和国联合声明
                双方同意加强合作。访问期间，双方签署了以下合作文件：
                中华人民共和国政府和越南社会主义共和国政府联合声明
                《中越两国政府关于经贸合作的五年发展规划》
                双方对访问成果表示满意。
                """;
        List<Document> docs = read(text);
        assertEquals(1, docs.size());
        assertEquals(5, docs.get(0).units().size(), texts(docs.get(0)).toString());
    }

    @Test
    void aDatelineWithoutYearIsNotDatedByAForwardDate() {
        Document d = read("越南社会主义共和国和柬埔寨王国联合声明\n新华社金边6月5日电\n"
                + "柬方宣布，自2020年1月1日起对越南公民免签。\n两国外长于2019年3月5日举行会晤。\n").get(0);
        assertEquals(Optional.of(LocalDate.of(2019, 6, 5)), d.date());
    }

    @Test
    void cleansTheTitleAndTakesTheDateItGives() {
        Document d = read("中华人民共和国和泰王国联合声明（2019年11月5日，曼谷）_滚动新闻_中国政府网\n双方同意加强合作。\n").get(0);
        assertEquals("中华人民共和国和泰王国联合声明", d.title());
        assertEquals(Optional.of(LocalDate.of(2019, 11, 5)), d.date());
    }
}
