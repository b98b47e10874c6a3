package org.pledgegraph;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Micro-averaged true positives, false positives and false negatives of what a stage found
 * against the gold, unit by unit, as the scorer (score.py) counts them; and P, R, F1 of them.
 */
public final class Score {
    private int tp;
    private int fp;
    private int fn;

    /** Adds one unit whose gold and found items are sets. */
    public void add(Set<String> gold, Set<String> found) {
        add(counts(gold), counts(found));
    }

    /** Adds one unit whose gold and found items are counted (a multiset: item → how many). */
    public void add(Map<String, Integer> gold, Map<String, Integer> found) {
        int hits = 0;
        for (Map.Entry<String, Integer> e : gold.entrySet()) {
            hits += Math.min(e.getValue(), found.getOrDefault(e.getKey(), 0));
        }
        tp += hits;
        fp += sum(found) - hits;
        fn += sum(gold) - hits;
    }

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    /** Precision; 1 when nothing was found. */
    public double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    /** Recall; 1 when the gold holds nothing. */
    public double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(Set<String> items) {
        return items.stream().collect(Collectors.toMap(Function.identity(), i -> 1));
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
