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
 * @param error  why the query got no answer (a timeout), empty if it was answered
 */
record Latency(String query, int runs, long rows, double p50Ms, double p95Ms, String error) {
    /** Percentiles of {@code millis} (nearest rank). */
    static Latency of(String query, long rows, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(query, sorted.length, rows, rank(sorted, 0.50), rank(sorted, 0.95), "");
    }

    /** A query that got no answer after {@code millis} (its latency counts as that long). */
    static Latency failed(String query, double millis, String error) {
        return new Latency(query, 0, 0, millis, millis, error);
    }

    boolean failed() {
        return !error.isEmpty();
    }

    private static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
