package org.pledgegraph.read;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The stretches of a text between matching brackets or quotes (《》 “” （） …), where a unit is
 * not cut. An opener without its closer within a bounded distance is ignored, so an unbalanced
 * 《 or “ does not swallow the rest of the document. Linear in the length of the text.
 */
final class Brackets {
    private static final String OPEN = "《“‘「『（(【〈";
    private static final String CLOSE = "》”’」』）)】〉";
    private static final int[] LIMIT = {150, 300, 300, 300, 300, 200, 200, 100, 100};
    private static final int MAX_LIMIT = 300;

    /** Sorted by begin: ranges[2k] is an opener's offset, ranges[2k+1] its closer's. */
    private final int[] ranges;
    private int next;
    private int protectedUntil = -1;

    private Brackets(int[] ranges) {
        this.ranges = ranges;
    }

    /** Finds the bracketed stretches in the given lines of {@code text}. */
    static Brackets find(String text, List<Line> lines) {
        Deque<int[]> open = new ArrayDeque<>();
        int[] found = new int[16];
        int count = 0;
        for (Line line : lines) {
            for (int i = line.begin(); i < line.end(); i++) {
                char c = text.charAt(i);
                int o = OPEN.indexOf(c);
                if (o >= 0) {
                    dropStale(open, i);
                    open.push(new int[] {o, i});
                    continue;
                }
                int k = CLOSE.indexOf(c);
                if (k >= 0) {
                    int begin = close(open, k);
                    if (begin >= 0 && i - begin <= LIMIT[k]) {
                        if (count + 2 > found.length) {
                            found = Arrays.copyOf(found, found.length * 2);
                        }
                        found[count++] = begin;
                        found[count++] = i;
                    }
                }
            }
        }
        return new Brackets(sortedPairs(Arrays.copyOf(found, count)));
    }

    private static void dropStale(Deque<int[]> open, int at) {
        while (!open.isEmpty() && at - open.peekLast()[1] > MAX_LIMIT) {
            open.removeLast();
        }
    }

    /** Pops the innermost opener of kind {@code k} (and unclosed ones inside it); its offset or -1. */
    private static int close(Deque<int[]> open, int k) {
        for (Iterator<int[]> it = open.iterator(); it.hasNext();) {
            if (it.next()[0] == k) {
                int[] top;
                do {
                    top = open.pop();
                } while (top[0] != k);
                return top[1];
            }
        }
        return -1;
    }

    private static int[] sortedPairs(int[] flat) {
        int n = flat.length / 2;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) flat[2 * i] << 32) | (flat[2 * i + 1] & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int[] out = new int[flat.length];
        for (int i = 0; i < n; i++) {
            out[2 * i] = (int) (packed[i] >>> 32);
            out[2 * i + 1] = (int) packed[i];
        }
        return out;
    }

    /**
     * True if offset {@code at} lies inside a bracketed stretch (after its opener, before its
     * closer). Offsets must be asked in increasing order.
     */
    boolean inside(int at) {
        while (next < ranges.length && ranges[next] < at) {
            protectedUntil = Math.max(protectedUntil, ranges[next + 1]);
            next += 2;
        }
        return at < protectedUntil;
    }

    /** True if offset {@code at} closes a bracketed stretch. */
    boolean closesAt(int at) {
        return at == protectedUntil;
    }
}
