package org.pledgegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole extraction of the seed, scored by the project's scorer (../shared/eval/score.py)
 * against the gold annotation. Fails below the thresholds the issues set.
 */
class SeedScoreTest {
    private static final Map<String, Double> scores = new HashMap<>();
    private static String summary;

    @BeforeAll
    static void score(@TempDir Path dir) throws IOException, InterruptedException {
        ExtractedFile x = Seeds.extraction();
        Path nt = dir.resolve("seed.nt");
        try (OutputStream out = Files.newOutputStream(nt)) {
            RDFDataMgr.write(out, x.model(), RDFFormat.NTRIPLES);
        }
        Process p = new ProcessBuilder(List.of("python3", Seeds.require(Seeds.SCORER).toString(),
                Seeds.require(Seeds.GOLD).toString(), Seeds.SEED.toString(), nt.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        summary = output.lines().filter(l -> l.startsWith("summary:")).findFirst().orElseThrow();
        System.out.println(summary);
        for (String field : summary.substring("summary:".length()).trim().split(" ")) {
            String[] kv = field.split("=");
            scores.put(kv[0], Double.parseDouble(kv[1]));
        }
    }

    private static void atLeast(String measure, double threshold) {
        assertTrue(scores.get(measure) >= threshold, measure + " below " + threshold + ": " + summary);
    }

    @Test
    void statements() {
        atLeast("statements", 0.93);
        atLeast("statements+verb", 0.85);
    }

    @Test
    void instruments() {
        atLeast("instruments", 0.95);
        assertEquals(1.0, scores.get("linking"), summary);
    }

    @Test
    void datesAndAreas() {
        atLeast("dates", 0.97);
        atLeast("area", 0.97);
    }
}
