package org.pledgegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The held-out statements (other parties, other layouts, written for the test and annotated by
 * GUIDELINES.md), each extracted and scored by the project's scorer against its gold.
 * src/test/resources/heldout holds the first set (the rules were later tuned on its errors,
 * docs/heldout.md); src/test/resources/heldout2 to heldout7 the later ones, each written
 * and annotated after the previous round of tuning and measured once before any rule change
 * (docs/heldout2.md to docs/heldout7.md), then tuned on too. The floors are a ratchet
 * set a little below what the extractor got: raise them as the rules improve, never lower them
 * without saying why.
 */
class HeldOutScoreTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final List<String> MEASURES =
            List.of("statements", "statements+verb", "instruments", "dates", "area", "linking");
    private static Pipeline pipeline;

    @BeforeAll
    static void pipeline() {
        pipeline = Pipeline.create();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        // folder, file, statements, statements+verb, instruments, dates, area, linking
        "heldout, fra, 0.99, 0.99, 0.95, 0.95, 0.95, 0.95",
        "heldout, pak, 0.99, 0.99, 0.95, 0.95, 0.87, 0.95",
        "heldout, vnm, 0.99, 0.99, 0.95, 0.95, 0.84, 0.95",
        "heldout, cac, 0.99, 0.99, 0.95, 0.95, 0.73, 0.95",
        "heldout, chn-gov, 0.99, 0.99, 0.95, 0.95, 0.64, 0.95",
        "heldout, bra-arg, 0.99, 0.99, 0.95, 0.95, 0.76, 0.95",
        "heldout, bra-arg-hant, 0.99, 0.99, 0.95, 0.95, 0.76, 0.95",
        "heldout, ric, 0.99, 0.99, 0.95, 0.95, 0.92, 0.95",
        // heldout2: just below the scores after round 2 (docs/heldout2.md keeps the first measurement)
        "heldout2, zaf, 0.98, 0.98, 0.98, 0.98, 0.93, 0.98",
        "heldout2, cjk, 0.98, 0.98, 0.98, 0.98, 0.83, 0.98",
        "heldout2, deu-fra, 0.96, 0.96, 0.98, 0.98, 0.98, 0.98",
        "heldout2, sau, 0.98, 0.98, 0.98, 0.98, 0.87, 0.98",
        // heldout3, heldout4: just below the scores after rounds 3 and 4 (docs/heldout3.md, docs/heldout4.md
        // keep the first measurements)
        "heldout3, idn-mys, 0.98, 0.98, 0.98, 0.82, 0.83, 0.98",
        "heldout3, nzl, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98",
        "heldout3, egy, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98",
        "heldout3, kaz, 0.98, 0.98, 0.98, 0.90, 0.85, 0.98",
        "heldout3, chl, 0.98, 0.98, 0.98, 0.98, 0.85, 0.98",
        "heldout4, chn-srb, 0.98, 0.96, 0.98, 0.98, 0.98, 0.98",
        "heldout4, tur-aze, 0.98, 0.96, 0.98, 0.98, 0.93, 0.98",
        "heldout4, c5, 0.98, 0.98, 0.98, 0.98, 0.94, 0.98",
        "heldout4, chn-mng, 0.98, 0.98, 0.98, 0.98, 0.92, 0.98",
        "heldout4, chn-lka-hant, 0.98, 0.96, 0.98, 0.98, 0.98, 0.98",
        // heldout5: just below the scores after round 5 (docs/heldout5.md keeps the first measurement)
        "heldout5, chn-hun, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98",
        "heldout5, chn-afg-pak, 0.98, 0.98, 0.98, 0.98, 0.86, 0.98",
        "heldout5, mex-col, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98",
        "heldout5, chn-tha, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98",
        // heldout6: just below the scores after round 6 (docs/heldout6.md keeps the first measurement)
        "heldout6, chn-sgp, 0.90, 0.85, 0.98, 0.98, 0.98, 0.98",
        "heldout6, esp-prt, 0.98, 0.98, 0.98, 0.98, 0.64, 0.98",
        "heldout6, lmc, 0.98, 0.93, 0.98, 0.98, 0.87, 0.98",
        "heldout6, chn-eth, 0.98, 0.92, 0.98, 0.98, 0.92, 0.98",
        // heldout7: measured once, then one party rule fixed (docs/heldout7.md); floors just below
        "heldout7, chn-ury, 0.95, 0.95, 0.98, 0.98, 0.98, 0.98",
        "heldout7, ita-grc, 0.92, 0.85, 0.98, 0.83, 0.44, 0.98",
        "heldout7, chn-pic, 0.95, 0.95, 0.80, 0.98, 0.72, 0.72",
    })
    void scoresAtLeastTheFloor(String folder, String name, double statements, double verb, double instruments,
            double dates, double area, double linking, @TempDir Path tmp)
            throws IOException, InterruptedException {
        Map<String, Double> floors = floors(statements, verb, instruments, dates, area, linking);
        String summary = score(RESOURCES.resolve(folder), name, tmp);
        System.out.println(name + " " + summary);
        Map<String, Double> scores = parse(summary);
        List<String> below = new ArrayList<>();
        floors.forEach((measure, floor) -> {
            if (scores.get(measure) < floor) {
                below.add(measure + " " + scores.get(measure) + " < " + floor);
            }
        });
        assertTrue(below.isEmpty(), name + ": " + below + " | " + summary);
    }

    private static Map<String, Double> floors(double... values) {
        Map<String, Double> floors = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            floors.put(MEASURES.get(i), values[i]);
        }
        return floors;
    }

    /** Extracts dir/name.txt, writes N-Triples and returns the scorer's summary line. */
    private static String score(Path dir, String name, Path tmp) throws IOException, InterruptedException {
        Path text = dir.resolve(name + ".txt");
        Path gold = Seeds.require(dir.resolve(name + ".json"));
        Seeds.require(dir.resolve(name + ".instruments.json"));
        ExtractedFile x = pipeline.extract(Seeds.require(text));
        Path nt = tmp.resolve(name + ".nt");
        try (OutputStream out = Files.newOutputStream(nt)) {
            RDFDataMgr.write(out, x.model(), RDFFormat.NTRIPLES);
        }
        Process p = new ProcessBuilder(List.of("python3", Seeds.require(Seeds.SCORER).toString(),
                gold.toString(), text.toString(), nt.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + ": scorer did not finish");
        assertEquals(0, p.exitValue(), name + ": " + output);
        return output.lines().filter(l -> l.startsWith("summary:")).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no summary line in " + output));
    }

    private static Map<String, Double> parse(String summary) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String field : summary.substring("summary:".length()).trim().split(" ")) {
            String[] kv = field.split("=");
            scores.put(kv[0], Double.parseDouble(kv[1]));
        }
        assertEquals(MEASURES, List.copyOf(scores.keySet()), summary);
        return scores;
    }
}
