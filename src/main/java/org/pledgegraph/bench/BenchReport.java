package org.pledgegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one bench run, as a table for people and one machine-readable last line.
 *
 * @param scale       the corpus scale (× the seed)
 * @param files       files in the corpus
 * @param chars       characters in the corpus
 * @param threads     worker threads used by the floor and the extraction
 * @param loadAverage the machine's load average (1 min) when the run began; above the core count
 *                    other processes share the cores and wall times stretch
 * @param firstPass   the full extractor's first pass over the corpus, while the JIT compiler is still
 *                    compiling its code (output not kept; units: characters)
 * @param floor       HanLP segmentation alone over the corpus (after the first pass, which ran HanLP too)
 * @param extraction  the full extractor over the corpus again, to N-Quads (units: characters)
 * @param commitments commitments extracted
 * @param load        our load path (graphs replaced in shared write transactions, as {@code load}) of the extraction's N-Quads (units: quads)
 * @param bulk        Jena's TDB2 bulk loader on the same N-Quads (units: quads)
 * @param queries     each saved query over HTTP, its first page of rows (as the UI asks), unbound
 *                    and, where its description gives an example, with that parameter bound
 * @param whole       each saved query over HTTP, its whole answer (only on small corpora)
 * @param queryRssMb  peak resident memory of the {@code serve} process that answered the queries
 * @param start       {@code serve} on the seeds, a fresh store, to the first answered query
 * @param restart     {@code serve} again on the same store (files unchanged)
 */
public record BenchReport(int scale, int files, long chars, int threads, double loadAverage, Phase firstPass, Phase floor, Phase extraction,
        long commitments, Phase load, Phase bulk, List<Latency> queries, List<Latency> whole, double queryRssMb,
        ServeStart.Result start, ServeStart.Result restart) {

    /**
     * A timed phase.
     *
     * @param seconds    wall time
     * @param cpuSeconds CPU time of the whole process during it (all threads)
     * @param units      what it processed (characters, quads)
     * @param heapMb     peak heap during it
     */
    public record Phase(double seconds, double cpuSeconds, long units, double heapMb) {
        public double perSecond() {
            return seconds <= 0 ? 0 : units / seconds;
        }
    }

    public BenchReport {
        queries = List.copyOf(queries);
        whole = List.copyOf(whole);
    }

    /** Extraction speed as a fraction of the tokenizer floor. */
    public double ratio() {
        return floor.perSecond() <= 0 ? 0 : extraction.perSecond() / floor.perSecond();
    }

    /** The worst p95 over the saved queries' first pages (bound or not); a query with no answer counts as the time it was given. */
    public double queryP95Ms() {
        return queries.stream().mapToDouble(Latency::p95Ms).max().orElse(0);
    }

    /** The largest in-process peak heap of any phase. */
    public double peakHeapMb() {
        return Math.max(Math.max(Math.max(firstPass.heapMb(), floor.heapMb()), extraction.heapMb()),
                Math.max(load.heapMb(), bulk.heapMb()));
    }

    /** The human-readable table, one line per row. */
    public List<String> table() {
        List<String> t = new ArrayList<>();
        t.add(f("corpus: scale %d×, %d files, %,d chars; %d worker threads on %d cores, load average %.1f",
                scale, files, chars, threads, Runtime.getRuntime().availableProcessors(), loadAverage));
        t.add(f("%-34s %10s %18s %12s %8s", "phase", "seconds", "rate", "peak heap", "cpu s"));
        t.add(f("%-34s %10.2f %,14.0f c/s %9.0f MB %8.2f", "extraction, first pass (JIT cold)", firstPass.seconds(), firstPass.perSecond(), firstPass.heapMb(), firstPass.cpuSeconds()));
        t.add(f("%-34s %10.2f %,14.0f c/s %9.0f MB %8.2f", "tokenizer floor (HanLP alone)", floor.seconds(), floor.perSecond(), floor.heapMb(), floor.cpuSeconds()));
        t.add(f("%-34s %10.2f %,14.0f c/s %9.0f MB %8.2f", "extraction (full pipeline)", extraction.seconds(), extraction.perSecond(), extraction.heapMb(), extraction.cpuSeconds()));
        t.add(f("%-34s %10s %,14.1f /s   (%,d commitments)", "  commitments", "", commitments / Math.max(extraction.seconds(), 1e-9), commitments));
        t.add(f("%-34s %10s %17.0f%%", "  extraction / floor", "", 100 * ratio()));
        t.add(f("%-34s %10.2f %,14.0f t/s %9.0f MB %8.2f", "load (TDB2, as load/serve)", load.seconds(), load.perSecond(), load.heapMb(), load.cpuSeconds()));
        t.add(f("%-34s %10.2f %,14.0f t/s %9.0f MB %8.2f", "Jena bulk loader (phased), ref.", bulk.seconds(), bulk.perSecond(), bulk.heapMb(), bulk.cpuSeconds()));
        t.add(f("%-34s %10s   (%,d quads)", "  triples loaded", "", load.units()));
        t.add(f("%-34s %10.2f", "extraction + load", extraction.seconds() + load.seconds()));
        t.add(f("%-34s %6s %10s %10s %10s", "saved query over HTTP, 1st page", "runs", "rows", "p50 ms", "p95 ms"));
        queries.forEach(q -> t.add(latency(q)));
        if (!whole.isEmpty()) {
            t.add(f("%-34s %6s %10s %10s %10s", "saved query over HTTP, all rows", "runs", "rows", "p50 ms", "p95 ms"));
            whole.forEach(q -> t.add(latency(q)));
        }
        t.add(f("%-34s %10s %17s %9.0f MB RSS", "  (serve on the store, peak)", "", "", queryRssMb));
        t.add(f("%-34s %10.2f %18s %9.0f MB RSS", "serve seeds, fresh store → 1st answer", start.seconds(), "", start.peakRssMb()));
        t.add(f("%-34s %10.2f %18s %9.0f MB RSS", "serve seeds again, same store", restart.seconds(), "", restart.peakRssMb()));
        return t;
    }

    private static String latency(Latency q) {
        if (q.failed()) {
            return f("  %-32s %6s %10s %21s", q.query(), "-", "-", "no answer after " + Math.round(q.p95Ms() / 1000) + " s");
        }
        return f("  %-32s %6d %,10d %10.1f %10.1f", q.query(), q.runs(), q.rows(), q.p50Ms(), q.p95Ms());
    }

    /** The last line: {@code bench: scale=N floor_chars_per_s=… …}. */
    public String summaryLine() {
        return f("bench: scale=%d floor_chars_per_s=%.0f extract_chars_per_s=%.0f ratio=%.3f load_triples_per_s=%.0f"
                        + " bulk_triples_per_s=%.0f query_p95_ms=%.1f first_query_s=%.2f peak_heap_mb=%.0f",
                scale, floor.perSecond(), extraction.perSecond(), ratio(), load.perSecond(), bulk.perSecond(),
                queryP95Ms(), start.seconds(), peakHeapMb());
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
