package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One instrument is one node, however each document names it. */
class CrossDocumentLinkingTest {
    private static Set<String> keys(InstrumentCatalog c, String file, String... units) {
        return c.find(Docs.of(file, "", List.of(units))).stream().flatMap(List::stream)
                .map(r -> r.instrument().key()).collect(Collectors.toSet());
    }

    @Test
    void theNptByThreeNamesInTwoStatementsIsOneNode() {
        InstrumentCatalog c = InstrumentCatalog.load();
        Set<String> a = keys(c, "a.txt", "双方重申，《不扩散核武器条约》是国际核不扩散体系的基石。");
        Set<String> b = keys(c, "b.txt", "双方支持加强《核不扩散条约》的普遍性。", "两国呼吁所有NPT缔约国全面履约。");
        assertEquals(Set.of("npt"), a);
        assertEquals(a, b);
        assertEquals(1, c.instruments().stream().filter(i -> i.title().equals("不扩散核武器条约")).count());
    }

    @Test
    void anAliasDefinedInOneFileLinksTheShortTitleInAnother() {
        InstrumentCatalog c = InstrumentCatalog.load();
        Set<String> a = keys(c, "br.txt", "双方满意地指出，《中华人民共和国和巴西联邦共和国关于科学技术合作的协定》（《中巴科技协定》）成效显著。");
        Set<String> b = keys(c, "br2.txt", "双方将继续落实《中巴科技协定》。");
        assertEquals(1, a.size());
        assertEquals(a, b);
        Instrument i = c.instruments().iterator().next();
        assertEquals(List.of("中巴科技协定"), i.aliases());
        assertEquals(List.of("中国", "巴西"), i.parties().stream().map(Party::name).toList());
    }

    @Test
    void keysDependOnTitlesNotOnOrder() {
        InstrumentCatalog first = InstrumentCatalog.load();
        keys(first, "x.txt", "双方将落实《中越陆地边界口岸及其管理制度协定》。");
        Set<String> k1 = keys(first, "y.txt", "双方将落实《中哈2020—2025年经贸合作规划》。");
        Set<String> k2 = keys(InstrumentCatalog.load(), "y.txt", "双方将落实《中哈2020—2025年经贸合作规划》。");
        assertEquals(k1, k2);
    }

    @Test
    void aBareAnaphorDoesNotReachIntoAnotherDocument() {
        InstrumentCatalog c = InstrumentCatalog.load();
        keys(c, "a.txt", "双方支持《全面禁止核试验条约》。");
        assertEquals(Set.of(), keys(c, "b.txt", "双方将维护该条约的权威。"));
    }

    @Test
    void documentsReadInParallelShareOneNodePerInstrument() {
        InstrumentCatalog c = InstrumentCatalog.load();
        List<String> sentences = List.of("双方将落实《中华人民共和国和法兰西共和国关于航空合作的协定》。",
                "双方重申《不扩散核武器条约》的重要性。", "双方呼吁各方遵守NPT。", "双方支持加强《核不扩散条约》的普遍性。");
        Set<String> keys = java.util.stream.IntStream.range(0, 40).parallel()
                .mapToObj(n -> keys(c, "f" + n + ".txt", sentences.get(n % sentences.size())))
                .flatMap(Set::stream).collect(Collectors.toSet());
        assertEquals(2, keys.size());
        assertEquals(2, c.instruments().size());
    }
}
