package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pledgegraph.tokenize.Token;

/**
 * Finds the predicate(s) that open a clause: skips conjunctions, adverbs, modals, negators and
 * frames (在……基础上, 本着……原则, 通过……方式, 就……进行, 以……为), then reads the verb.
 */
final class HeadFinder {
    private static final int NONE = -1;
    private final Predicates lex;

    HeadFinder(Predicates lex) {
        this.lex = lex;
    }

    /** The head predicates of tokens [from, to), usually one; empty when the clause opens with no predicate. */
    List<Head> heads(List<Token> ts, int from, int to) {
        List<Head> out = new ArrayList<>();
        Optional<Head> h = head(ts, from, to);
        while (h.isPresent()) {
            out.add(h.get());
            h = coordinated(ts, h.get(), to);
        }
        return out;
    }

    /** A second predicate coordinated with the first that is a statement of its own, if any. */
    private Optional<Head> coordinated(List<Token> ts, Head first, int to) {
        int j = first.index() + 1;
        if (j + 1 >= to) {
            return Optional.empty();
        }
        String link = ts.get(j).text();
        if (first.negated() && link.equals("、")) {
            Optional<Head> next = head(ts, j + 1, to);
            return next.filter(Head::negated);
        }
        if (link.equals("和") || link.equals("并") || link.equals("、") || link.equals("及")) {
            Token t = ts.get(j + 1);
            Optional<Kind> k = lex.kind(t.text());
            Kind firstKind = first.kind().orElse(Kind.Undertaking);
            if (verbish(t) && k.isPresent() && k.get() != firstKind) {
                return Optional.of(new Head(j + 1, t.text(), t.begin(), false, k, first.modal(), first.ought()));
            }
        }
        return Optional.empty();
    }

    Optional<Head> head(List<Token> ts, int from, int to) {
        boolean negated = false;
        boolean modal = false;
        boolean ought = false;
        int p = from;
        while (p < to) {
            Token t = ts.get(p);
            String w = t.text();
            if (lex.is(w, Role.NEGATOR)) {
                negated = true;
                p++;
            } else if (lex.is(w, Role.OUGHT)) {
                ought = true;
                p++;
            } else if (lex.is(w, Role.MODAL) && !(w.equals("将") && asFrame(ts, p, to))) {
                modal = true;
                p++;
            } else if (isFrame(w) && !(lex.isPredicate(w) && p > from && lex.is(ts.get(p - 1).text(), Role.NEGATOR))) {
                int q = frame(ts, p, to);
                if (q == NONE) {
                    return Optional.empty();
                }
                if (q < 0) {
                    return Optional.of(resolve(ts, -q - 2, to, negated, modal, ought));
                }
                p = q;
            } else if (skippable(ts, p, to)) {
                p += (p + 1 < to && ts.get(p + 1).text().equals("地")) ? 2 : 1;
            } else if (lex.is(w, Role.LIGHT) && p + 1 < to) {
                return Optional.of(resolve(ts, p, to, negated, modal, ought));
            } else if (verbish(t) && !(lex.is(w, Role.ADVERB) && modifier(ts, p, to)) && !attributive(ts, p, to)) {
                return Optional.of(head(ts, p, negated, modal, ought));
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The head at i, or the stance its light verb introduces (表示遗憾 → 遗憾). */
    private Head resolve(List<Token> ts, int i, int to, boolean negated, boolean modal, boolean ought) {
        if (lex.is(ts.get(i).text(), Role.LIGHT)) {
            int q = skipAdverbs(ts, i + 1, to);
            if (q < to && lex.isPredicate(ts.get(q).text())) {
                return head(ts, q, negated, modal, ought);
            }
        }
        return head(ts, i, negated, modal, ought);
    }

    private Head head(List<Token> ts, int i, boolean negated, boolean modal, boolean ought) {
        Token t = ts.get(i);
        String w = t.text();
        int at = t.begin();
        if (!negated && w.length() >= 3 && w.startsWith("不") && !lex.isPredicate(w) && !lex.is(w, Role.ADVERB)) {
            w = w.substring(1);
            at++;
            negated = true;
        }
        return new Head(i, w, at, negated, lex.kind(w), modal, ought);
    }

    boolean verbish(Token t) {
        String w = t.text();
        if (lex.is(w, Role.NOTVERB) || lex.is(w, Role.CONJ) || lex.is(w, Role.PURPOSE) && !lex.isPredicate(w)) {
            return false;
        }
        return lex.isPredicate(w) || t.isVerb() && !t.tag().equals("vshi") || lex.is(w, Role.ASSESS);
    }

    /** 务实的安全合作: an intransitive verb before 的 describes the noun after it; it is no predicate. */
    private boolean attributive(List<Token> ts, int p, int to) {
        return ts.get(p).tag().equals("vi") && !lex.isPredicate(ts.get(p).text())
                && p + 1 < to && ts.get(p + 1).text().equals("的");
    }

    /** A word that only modifies a noun (密切有效的国际协调): it is followed by adjectives and 的. */
    private static boolean modifier(List<Token> ts, int p, int to) {
        int q = p + 1;
        while (q < to && (ts.get(q).tag().startsWith("a") || ts.get(q).tag().equals("d"))) {
            q++;
        }
        return q < to && ts.get(q).text().equals("的");
    }

    private boolean skippable(List<Token> ts, int p, int to) {
        Token t = ts.get(p);
        String w = t.text();
        if (w.equals("、")) {
            return p > 0 && p + 1 < to && adverb(ts.get(p - 1)) && adverb(ts.get(p + 1));
        }
        boolean adverb = lex.is(w, Role.ADVERB) || lex.is(w, Role.CONJ) || lex.is(w, Role.ASPECT)
                || t.tag().equals("d") || t.tag().equals("ad") || t.tag().equals("t");
        if (p + 1 < to && ts.get(p + 1).text().equals("地") && !t.isPunct()) {
            return true;
        }
        if (!adverb && t.tag().startsWith("a") && !lex.isPredicate(w)) {
            return p + 1 < to && (ts.get(p + 1).tag().equals("v") || lex.isPredicate(ts.get(p + 1).text()));
        }
        if (!adverb || lex.is(w, Role.NEGATOR)) {
            return false;
        }
        if (lex.isPredicate(w)) {
            return p + 1 < to && verbish(ts.get(p + 1));
        }
        return true;
    }

    /** 全面、有效落实: adverbs coordinated by 、 before one verb. */
    private boolean adverb(Token t) {
        return lex.is(t.text(), Role.ADVERB) || t.tag().equals("d") || t.tag().equals("ad");
    }

    int skipAdverbs(List<Token> ts, int p, int to) {
        while (p < to && (skippable(ts, p, to) || ts.get(p).tag().startsWith("a"))) {
            p++;
        }
        return p;
    }

    private boolean isFrame(String w) {
        return lex.is(w, Role.FRAME_LOC) || lex.is(w, Role.FRAME_RULE) || lex.is(w, Role.FRAME_MEANS)
                || lex.is(w, Role.FRAME_OBJECT) || lex.is(w, Role.FRAME_AS) || lex.is(w, Role.PURPOSE);
    }

    private boolean asFrame(List<Token> ts, int p, int to) {
        return p + 1 < to && !verbish(ts.get(p + 1)) && find(ts, p + 2, to, "作为", "为", "当作") >= 0;
    }

    /**
     * Skips the frame opened at p. Returns the index after it, NONE (-1) if the clause holds no
     * predicate after it, or -(i+2) when the frame's closing predicate at i is the head.
     */
    private int frame(List<Token> ts, int p, int to) {
        String w = ts.get(p).text();
        if (lex.is(w, Role.FRAME_AS)) {
            int i = find(ts, p + 1, to, "作为", "为", "当作");
            if (i >= 0 && i + 1 < to && lex.is(ts.get(i + 1).text(), Role.FRAME_NOUN)) {
                return i + 2;
            }
            return i >= 0 ? -(i + 2) : nextVerb(ts, p + 2, to);
        }
        if (lex.is(w, Role.FRAME_LOC)) {
            int d = afterDate(ts, p + 1, to);
            if (d > p + 1 && d + 1 < to && verbish(ts.get(d)) && !ts.get(d + 1).text().equals("的")) {
                return d;
            }
            int e = end(ts, p + 1, to, true);
            return e >= 0 ? e + 1 : nextVerb(ts, p + 2, to);
        }
        if (lex.is(w, Role.FRAME_RULE)) {
            int e = end(ts, p + 1, to, false);
            return e >= 0 ? e + 1 : NONE;
        }
        if (lex.is(w, Role.FRAME_MEANS)) {
            int e = end(ts, p + 1, to, false);
            if (e < 0) {
                e = find(ts, p + 2, to, "等");
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
        int s = lastSupport(ts, p + 1, to);
        if (s < 0 && (w.equals("对") || w.equals("对于"))) {
            s = lastVerb(ts, p + 2, to);
        }
        return s >= 0 ? -(s + 2) : NONE;
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
        while (q < to && (skippable(ts, q, to) || lex.is(ts.get(q).text(), Role.MODAL))) {
            q++;
        }
        return q < to && verbish(ts.get(q));
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

    private int lastSupport(List<Token> ts, int from, int to) {
        int found = -1;
        for (int i = from + 1; i < to; i++) {
            if (lex.is(ts.get(i).text(), Role.SUPPORT)) {
                found = i;
            }
        }
        return found;
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
            if (verbish(ts.get(i)) && !ts.get(i).tag().equals("vn")) {
                return i;
            }
        }
        return -1;
    }

    private int nextVerb(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (verbish(ts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static int find(List<Token> ts, int from, int to, String... words) {
        for (int i = from; i < to; i++) {
            for (String w : words) {
                if (ts.get(i).text().equals(w)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
