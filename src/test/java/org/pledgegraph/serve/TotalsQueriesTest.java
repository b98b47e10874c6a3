package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.store.Store;

/**
 * counts-by-party-kind and referenced-instruments read the store's totals; they give the numbers
 * the queries that counted every commitment gave (kept in src/test/resources/totals/), on the
 * seed and two short statements between other parties, one of them loaded twice (changed).
 */
class TotalsQueriesTest {
    @TempDir
    static Path dir;
    static Store store;
    static QueryRunner runner;

    @BeforeAll
    static void load() throws IOException {
        store = SeedAndStatements.load(dir,
                new SeedAndStatements.Statement("fra-bra.txt", "法兰西共和国和巴西联邦共和国联合声明\n"
                        + "一、双方重申恪守《联合国宪章》宗旨和原则，支持《巴黎协定》的全面有效实施。\n"
                        + "二、法方呼吁各国加入《不扩散核武器条约》。\n"),
                new SeedAndStatements.Statement("vnm-kaz.txt", "越南社会主义共和国和哈萨克斯坦共和国联合声明\n"
                        + "一、双方重申《联合国宪章》的宗旨和原则。\n二、双方反对违反《不扩散核武器条约》的行为。\n"),
                new SeedAndStatements.Statement("fra-bra.txt", "法兰西共和国和巴西联邦共和国联合声明\n"
                        + "一、双方反对任何国家退出《巴黎协定》，呼吁各方遵守《联合国宪章》。\n"));
        runner = new QueryRunner(store.datasetGraph(), Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CHN", "FRA", "VNM"})
    void countsByPartyKindGiveWhatCountingEveryCommitmentGave(String party) {
        Map<String, String> params = party.isEmpty() ? Map.of() : Map.of("party", party);
        List<String> now = partyKindRows(SavedQuery.find("counts-by-party-kind"), params);
        assertFalse(now.isEmpty(), party);
        assertEquals(partyKindRows(before("counts-by-party-kind"), params), now, "same rows in the same order");
    }

    private static List<String> partyKindRows(SavedQuery q, Map<String, String> params) {
        return runner.select(q.bind(params)).stream()
                .map(r -> r.getLiteral("party").getString() + " " + r.getLiteral("kindName").getString() + " "
                        + r.getLiteral("commitments").getLong())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "条约", "宪章"})
    void referencedInstrumentsGiveWhatCountingEveryReferenceGave(String label) {
        Map<String, String> params = label.isEmpty() ? Map.of() : Map.of("label", label);
        Map<String, String> now = instrumentRows(SavedQuery.find("referenced-instruments"), params);
        Map<String, String> before = instrumentRows(before("referenced-instruments"), params);
        before.values().removeIf(row -> row.startsWith("0 ")); // listed before, referred to by no commitment
        assertFalse(now.isEmpty(), label);
        assertEquals(before, now);
        if (!label.isEmpty()) {
            assertTrue(now.keySet().stream().allMatch(name -> name.contains(label)), now.toString());
        }
    }

    @Test
    void aLabelOfDigitsMatchesNamesNotTheCountsBesideThemInTheSortKeys() {
        Map<String, String> now = instrumentRows(SavedQuery.find("referenced-instruments"), Map.of("label", "0"));
        assertEquals(instrumentRows(before("referenced-instruments"), Map.of("label", "0")), now);
        assertTrue(now.keySet().stream().allMatch(name -> name.contains("0")), now.toString());
    }

    @Test
    void referencedInstrumentsAreRankedByCommitments() {
        List<QuerySolution> rows = runner.select(SavedQuery.find("referenced-instruments").bind(Map.of()));
        List<Long> counts = rows.stream().map(r -> r.getLiteral("commitments").getLong()).toList();
        assertTrue(counts.size() > 3, counts.toString());
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
        assertEquals(List.of("name", "instrument", "commitments", "stances"), SavedQuery.find("referenced-instruments").query().getResultVars());
    }

    /** Name → "commitments stance | stance …" with the stances sorted (GROUP_CONCAT has no order). */
    private static Map<String, String> instrumentRows(SavedQuery q, Map<String, String> params) {
        Map<String, String> out = new TreeMap<>();
        for (QuerySolution r : runner.select(q.bind(params))) {
            Set<String> stances = new TreeSet<>(Arrays.asList(r.getLiteral("stances").getString().split(" \\| ")));
            stances.remove("");
            String row = r.getLiteral("commitments").getLong() + " " + String.join(" | ", stances);
            assertEquals(null, out.put(r.getLiteral("name").getString() + " " + r.getResource("instrument").getURI(), row), "one row per instrument");
        }
        return out;
    }

    private static SavedQuery before(String name) {
        return SeedAndStatements.earlierQuery("totals/" + name + "-before-totals.rq");
    }
}
