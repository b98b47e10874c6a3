package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One instrument is one key, however each file names it; what a file teaches (aliases, events) links the
 * documents of that file and reaches no other file.
 */
class CrossDocumentLinkingTest {
    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    private static Set<String> keys(FileScope file, String name, String title, String... units) {
        return CATALOG.find(Docs.of(name, title, List.of(units)), file).stream().flatMap(List::stream)
                .map(r -> r.instrument().key()).collect(Collectors.toSet());
    }

    private static Set<String> keys(String name, String... units) {
        return keys(CATALOG.newFile(), name, "", units);
    }

    private static Instrument only(FileScope file) {
        assertEquals(1, file.instruments().size(), file.instruments().toString());
        return file.instruments().iterator().next();
    }

    @Test
    void theNptByThreeNamesInTwoFilesHasOneKey() {
        FileScope b = CATALOG.newFile();
        Set<String> inA = keys("a.txt", "双方重申，《不扩散核武器条约》是国际核不扩散体系的基石。");
        Set<String> inB = keys(b, "b.txt", "", "双方支持加强《核不扩散条约》的普遍性。", "两国呼吁所有NPT缔约国全面履约。");
        assertEquals(Set.of("npt"), inA);
        assertEquals(inA, inB);
        assertEquals("不扩散核武器条约", only(b).title());
    }

    @Test
    void theSameTitleInTwoFilesHasOneKey() {
        String title = "双方将落实《中华人民共和国和法兰西共和国关于航空合作的协定》。";
        Set<String> a = keys("fr1.txt", title);
        assertEquals(1, a.size());
        assertEquals(a, keys("fr2.txt", "法方愿同中方一道，落实《中华人民共和国和法兰西共和国关于航空合作的协定》。"));
    }

    @Test
    void anAliasDefinedInOneDocumentLinksTheShortTitleInALaterDocumentOfTheSameFile() {
        FileScope file = CATALOG.newFile();
        Set<String> a = keys(file, "br.txt", "中巴联合声明", "双方满意地指出，《中华人民共和国和巴西联邦共和国关于科学技术合作的协定》（《中巴科技协定》）成效显著。");
        Set<String> b = keys(file, "br.txt", "中巴联合新闻公报", "双方将继续落实《中巴科技协定》。");
        assertEquals(1, a.size());
        assertEquals(a, b);
        Instrument i = only(file);
        assertEquals(List.of("中巴科技协定"), i.aliases());
        assertEquals(List.of("中国", "巴西"), i.parties().stream().map(Party::name).toList());
    }

    @Test
    void anAliasDefinedInOneFileDoesNotLinkTheShortTitleInAnother() {
        Set<String> defined = keys("br.txt", "双方满意地指出，《中华人民共和国和巴西联邦共和国关于科学技术合作的协定》（《中巴科技协定》）成效显著。");
        FileScope other = CATALOG.newFile();
        Set<String> elsewhere = keys(other, "br2.txt", "", "双方将继续落实《中巴科技协定》。");
        assertNotEquals(defined, elsewhere);
        assertEquals("中巴科技协定", only(other).title());
        assertEquals(List.of(), only(other).aliases());
    }

    @Test
    void whatOneFileSaysOfAGazetteerInstrumentStaysInThatFile() {
        FileScope vn = CATALOG.newFile();
        keys(vn, "vn.txt", "", "双方表示，美国2018年宣布退出《伊核问题全面协议》（以下简称《伊核协议》），损害了全面协议的执行。");
        assertTrue(only(vn).events().stream().anyMatch(e -> e.type() == EventType.withdrawn));
        assertTrue(only(vn).aliases().contains("伊核协议"));
        assertEquals(Set.of("jcpoa"), keys(vn, "vn.txt", "二", "双方呼吁各方维护《伊核协议》。"));
        FileScope fr = CATALOG.newFile();
        keys(fr, "fr.txt", "", "双方将继续维护伊核问题全面协议。");
        assertFalse(only(fr).events().stream().anyMatch(e -> e.type() == EventType.withdrawn));
        assertFalse(only(fr).aliases().contains("伊核协议"));
        assertNotEquals(Set.of("jcpoa"), keys("fr2.txt", "双方呼吁各方维护《伊核协议》。"));
    }

    @Test
    void keysDependOnTitlesNotOnOrder() {
        FileScope file = CATALOG.newFile();
        keys(file, "x.txt", "", "双方将落实《中越陆地边界口岸及其管理制度协定》。");
        Set<String> k1 = keys(file, "x.txt", "第二份", "双方将落实《中哈2020—2025年经贸合作规划》。");
        Set<String> k2 = keys(InstrumentCatalog.load().newFile(), "y.txt", "", "双方将落实《中哈2020—2025年经贸合作规划》。");
        assertEquals(k1, k2);
    }

    @Test
    void aBareAnaphorDoesNotReachIntoAnotherDocumentOfTheFile() {
        FileScope file = CATALOG.newFile();
        keys(file, "a.txt", "一", "双方支持《全面禁止核试验条约》。");
        assertEquals(Set.of(), keys(file, "a.txt", "二", "双方将维护该条约的权威。"));
    }
}
