package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Score;

/** The finder and linker against the seed gold: unit → instrument-key micro-F1, and one node per instrument. */
class SeedGoldTest {
    private static Gold gold;
    /** The seed is one file: its documents share one scope. */
    private static FileScope file;
    private static List<List<List<Reference>>> found;

    @BeforeAll
    static void run() {
        gold = new Gold();
        InstrumentCatalog catalog = InstrumentCatalog.load();
        file = catalog.newFile();
        found = new ArrayList<>();
        gold.documents.forEach(d -> found.add(catalog.find(d, file)));
    }

    @Test
    void unitInstrumentF1IsAtLeast095() {
        Score score = new Score();
        List<String> diffs = new ArrayList<>();
        for (int d = 0; d < found.size(); d++) {
            for (int u = 0; u < found.get(d).size(); u++) {
                Set<String> sys = found.get(d).get(u).stream()
                        .map(r -> gold.key(r.instrument()).orElse("unknown:" + r.instrument().title()))
                        .collect(Collectors.toSet());
                Set<String> want = gold.keys.get(d).get(u);
                score.add(want, sys);
                if (!sys.equals(want)) {
                    diffs.add("doc " + d + " unit " + u + ": gold " + want + " found " + sys + " | "
                            + gold.documents.get(d).units().get(u).text());
                }
            }
        }
        double f1 = score.f1();
        System.out.printf("instruments P %.3f R %.3f F1 %.3f  %d/%d/%d%n", score.precision(), score.recall(), f1,
                score.tp(), score.fp(), score.fn());
        diffs.forEach(System.out::println);
        assertTrue(f1 >= 0.95, "F1 " + f1 + " below 0.95:\n" + String.join("\n", diffs));
    }

    @Test
    void oneNodePerInstrumentAndNoNodeNamesTwo() {
        Map<String, Set<String>> nodesOfKey = new HashMap<>();
        List<String> conflated = new ArrayList<>();
        for (Instrument i : file.instruments()) {
            Set<String> keys = gold.allKeys(i);
            if (keys.size() > 1) {
                conflated.add(i.key() + " " + keys);
            }
            keys.forEach(k -> nodesOfKey.computeIfAbsent(k, x -> new HashSet<>()).add(i.key()));
        }
        Set<String> goldKeys = gold.keys.stream().flatMap(List::stream).flatMap(Set::stream).collect(Collectors.toSet());
        List<String> split = goldKeys.stream().filter(k -> nodesOfKey.getOrDefault(k, Set.of()).size() != 1)
                .map(k -> k + " " + nodesOfKey.get(k)).toList();
        System.out.printf("one node per instrument %d/%d; nodes naming 2+: %d%n", goldKeys.size() - split.size(),
                goldKeys.size(), conflated.size());
        assertEquals(List.of(), split);
        assertEquals(List.of(), conflated);
    }
}
