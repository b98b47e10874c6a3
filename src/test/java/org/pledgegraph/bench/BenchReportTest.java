package org.pledgegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bench at scale 1, once: its figures exist and its last line has the agreed format. No timing is asserted. */
class BenchReportTest {
    private static final Pattern SUMMARY = Pattern.compile("bench: scale=1 floor_chars_per_s=\\d+ extract_chars_per_s=\\d+"
            + " ratio=\\d+\\.\\d{3} load_triples_per_s=\\d+ bulk_triples_per_s=\\d+ query_p95_ms=\\d+\\.\\d"
            + " first_query_s=\\d+\\.\\d\\d peak_heap_mb=\\d+");

    @Test
    void scaleOneRunsEveryPhaseAndEndsWithTheSummaryLine(@TempDir Path dir) throws IOException, InterruptedException {
        BenchReport r = new Bench(new Bench.Options(1, dir, Path.of("seeds"), Path.of("queries"), 2, 1), line -> { })
                .run();
        assertTrue(SUMMARY.matcher(r.summaryLine()).matches(), r.summaryLine());
        assertEquals(1, r.files());
        assertTrue(r.commitments() > 0);
        assertEquals(r.load().units(), r.bulk().units(), "both loaders hold the same quads");
        assertTrue(r.queries().size() >= 7, "every saved query, at least unbound");
        assertTrue(r.queries().stream().allMatch(q -> !q.failed() && q.runs() == 1), r.queries().toString());
        assertTrue(r.queries().stream().anyMatch(q -> q.rows() > 0), r.queries().toString());
        assertFalse(r.whole().isEmpty());
        List<String> table = r.table();
        assertTrue(table.get(0).startsWith("corpus: scale 1×, 1 files"), table.get(0));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("extraction (full pipeline)")));
        assertEquals(r.extraction().units(), r.firstPass().units(), "both passes read the whole corpus");
        assertTrue(table.stream().anyMatch(l -> l.startsWith("extraction, first pass (JIT cold)")));
    }

    @Test
    void percentilesAreNearestRank() {
        Latency l = Latency.of("q", 3, new double[] {5, 1, 4, 2, 3, 10, 9, 8, 7, 6});
        assertEquals(5.0, l.p50Ms());
        assertEquals(10.0, l.p95Ms());
        assertEquals(10, l.runs());
    }
}
