package org.pledgegraph.bench;

import java.util.Arrays;

/**
 * The latency of one saved query over HTTP.
 *
 * @param query  the saved query's name
 * @param runs   how many times it was sent (after warm-up)
 * @param rows   result rows of the last run
 * @param p50Ms  median latency, ms
 * @param p95Ms  95th percentile (nearest rank), ms
 */
record Latency(String query, int runs, long rows, double p50Ms, double p95Ms) {
    /** Percentiles of {@code millis} (nearest rank). */
    static Latency of(String query, long rows, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(query, sorted.length, rows, rank(sorted, 0.50), rank(sorted, 0.95));
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
