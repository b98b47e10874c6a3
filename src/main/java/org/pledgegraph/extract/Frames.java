package org.pledgegraph.extract;

import java.util.List;
import org.pledgegraph.tokenize.Token;

/**
 * The frames a clause may open with before its predicate (在……基础上, 本着……原则, 通过……方式,
 * 就……进行, 以……为, 对……拥有): where each one closes, or which of its words is the head.
 * Used by {@link HeadFinder}.
 */
final class Frames {
    /** {@link #frame} found no predicate after the frame. */
    static final int NONE = -1;
    private final Predicates lex;
    private final HeadFinder finder;

    Frames(Predicates lex, HeadFinder finder) {
        this.lex = lex;
        this.finder = finder;
    }

    boolean isFrame(String w) {
        return lex.is(w, Role.FRAME_LOC) || lex.is(w, Role.FRAME_RULE) || lex.is(w, Role.FRAME_MEANS)
                || lex.is(w, Role.FRAME_OBJECT) || lex.is(w, Role.FRAME_AS) || lex.is(w, Role.PURPOSE);
    }

    /**
     * Skips the frame opened at p. Returns the index after it, NONE (-1) if the clause holds no
     * predicate after it, or -(i+2) when the frame's closing predicate at i is the head.
     */
    int frame(List<Token> ts, int p, int to) {
        String w = ts.get(p).text();
        if (lex.is(w, Role.FRAME_AS)) {
            int i = HeadFinder.find(ts, p + 1, to, "作为", "为", "当作");
            if (i >= 0 && i + 1 < to && lex.is(ts.get(i + 1).text(), Role.FRAME_NOUN)) {
                return i + 2;
            }
            return i >= 0 ? -(i + 2) : nextVerb(ts, p + 2, to);
        }
        if (lex.is(w, Role.FRAME_LOC)) {
            int d = afterDate(ts, p + 1, to);
            if (d > p + 1 && d + 1 < to && (finder.verbish(ts.get(d)) && !ts.get(d + 1).text().equals("的")
                    || lex.is(ts.get(d).text(), Role.FRAME_LOC))) {
                return d;
            }
            if (p + 2 < to && ts.get(p + 1).tag().startsWith("ns") && finder.verbish(ts.get(p + 2))) {
                return p + 2;
            }
            int e = end(ts, p + 1, to, true);
            return e >= 0 ? e + 1 : nextVerb(ts, p + 2, to);
        }
        if (lex.is(w, Role.FRAME_RULE)) {
            int e = end(ts, p + 1, to, false);
            return e >= 0 ? e + 1 : afterTitle(ts, p + 1, to);
        }
        if (lex.is(w, Role.FRAME_MEANS)) {
            int e = end(ts, p + 1, to, false);
            if (e < 0) {
                e = HeadFinder.find(ts, p + 2, to, "等");
            }
            if (e >= 0) {
                return e + 1;
            }
            if (w.equals("利用")) {
                return -(p + 2);
            }
            int v = nextPlainVerb(ts, p + 2, to);
            return v >= 0 ? v : nextVerb(ts, p + 2, to);
        }
        boolean companion = w.equals("同") || w.equals("与");
        int s = lastSupport(ts, p + 1, companion ? clauseVerb(ts, p + 2, to) : to);
        if (s < 0 && (w.equals("对") || w.equals("对于"))) {
            s = lastVerb(ts, p + 2, to);
        }
        if (s < 0 && (w.equals("同") || w.equals("与"))) {
            s = firstVerb(ts, p + 2, to);
        }
        if (s < 0 && (w.equals("为") || w.equals("给") || w.equals("替") || w.equals("向"))) {
            s = firstAction(ts, p + 2, to);
        }
        return s >= 0 ? -(s + 2) : NONE;
    }

    /** 依照《阿尔布费拉公约》协调……: a rule frame whose object is a bare 《title》 closes at the title's end. */
    private static int afterTitle(List<Token> ts, int from, int to) {
        if (from >= to || !ts.get(from).text().equals("《")) {
            return NONE;
        }
        int close = HeadFinder.find(ts, from + 1, to, "》");
        return close >= 0 && close + 1 < to ? close + 1 : NONE;
    }

    /**
     * 同沙方探讨在……建设: without a light verb a companion frame closes at its first verb; a modal
     * after the companion (同……一道继续致力于) is no verb of its own.
     */
    private int firstVerb(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (ts.get(i).text().length() > 1 && ts.get(i).tag().equals("v") && !lex.is(ts.get(i).text(), Role.MODAL)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * 为埃方培训……人员, 向肯方开放……: without a light verb a beneficiary or recipient frame closes at its first verb,
     * which HanLP may tag as a verbal noun (培训/vn).
     */
    private int firstAction(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = ts.get(i);
            if (t.text().length() > 1 && (t.tag().equals("v") || t.tag().equals("vn") || lex.isPredicate(t.text()))) {
                return i;
            }
        }
        return -1;
    }

    /** 对南海诸岛拥有主权: without a light verb the frame closes at its last verb not heading a 的 phrase. */
    private int lastVerb(List<Token> ts, int from, int to) {
        int found = -1;
        for (int i = from; i < to; i++) {
            boolean verb = ts.get(i).text().length() > 1 && (ts.get(i).tag().equals("v") || lex.isPredicate(ts.get(i).text()));
            if (verb && !(i + 1 < to && ts.get(i + 1).text().equals("的"))) {
                found = i;
            }
        }
        return found;
    }

    private int end(List<Token> ts, int from, int to, boolean localizer) {
        int e = end(ts, from, to, localizer, true);
        if (e >= 0) {
            return e;
        }
        for (int i = from; i < to; i++) {
            int f = end(ts, i, to, localizer, false);
            if (f < 0) {
                break;
            }
            if (f + 1 < to && opensPredicate(ts, f + 1, to)) {
                return f;
            }
            i = f;
        }
        return end(ts, from, to, localizer, false);
    }

    private boolean opensPredicate(List<Token> ts, int p, int to) {
        int q = p;
        while (q < to && (finder.skippable(ts, q, to) || lex.is(ts.get(q).text(), Role.MODAL))) {
            q++;
        }
        return q < to && finder.verbish(ts.get(q));
    }

    /** The first closing word: in a first pass only words of two or more characters. */
    private int end(List<Token> ts, int from, int to, boolean localizer, boolean longOnly) {
        for (int i = from; i < to; i++) {
            Token t = ts.get(i);
            boolean word = lex.is(t.text(), Role.END) && (!longOnly || t.text().length() > 1);
            if (word || !longOnly && localizer && t.tag().equals("f") && i > from) {
                int j = i + 1;
                while (j < to && (ts.get(j).text().equals("等") || lex.is(ts.get(j).text(), Role.END))) {
                    j++;
                }
                return j - 1;
            }
        }
        return -1;
    }

    /**
     * The frame's last support verb before {@code to} (就……达成, 对……表示).
     */
    private int lastSupport(List<Token> ts, int from, int to) {
        int found = -1;
        for (int i = from + 1; i < to; i++) {
            if (lex.is(ts.get(i).text(), Role.SUPPORT)) {
                found = i;
            }
        }
        return found;
    }

    /**
     * The end of a companion frame's search for a support verb: its first clause-taking predicate,
     * whose clause holds any later one (同……一道致力于达成……: the frame closes at 致力于).
     */
    private int clauseVerb(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.is(ts.get(i).text(), Role.CLAUSE) && !lex.is(ts.get(i).text(), Role.SUPPORT)) {
                return i;
            }
        }
        return to;
    }

    /** 于2025年举办: the index after a date that opens at from (from itself if none). */
    private static int afterDate(List<Token> ts, int from, int to) {
        int q = from;
        while (q < to && (ts.get(q).tag().equals("m") || ts.get(q).tag().equals("t") || ts.get(q).tag().startsWith("q")
                || ts.get(q).text().matches("[年月日]"))) {
            q++;
        }
        return q;
    }

    /** 通过对话协商和平解决: the first verb that is not a verbal noun of the means phrase. */
    private int nextPlainVerb(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (finder.verbish(ts.get(i)) && !ts.get(i).tag().equals("vn")) {
                return i;
            }
        }
        return -1;
    }

    private int nextVerb(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (finder.verbish(ts.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
