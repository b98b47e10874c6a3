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
    private final Predicates lex;
    private final Frames frames;

    HeadFinder(Predicates lex) {
        this.lex = lex;
        this.frames = new Frames(lex, this);
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

    /** 欢迎……并赞赏……: after an object-taking stance, 并 and another stance predicate inside the clause. */
    private Optional<Head> laterStance(List<Token> ts, int from, int to, Head first) {
        for (int k = from + 1; k + 1 < to; k++) {
            Token t = ts.get(k + 1);
            if (ts.get(k).text().equals("并") && lex.is(t.text(), Role.STANCE) && verbish(t)) {
                return Optional.of(new Head(k + 1, t.text(), t.begin(), false, lex.kind(t.text()), first.modal(), first.ought()));
            }
        }
        return Optional.empty();
    }

    /** 并将, 并 愿: 并 and a modal at {@code j} (欢迎并将……提供, 表示同情，并将继续提供……). */
    boolean andModal(List<Token> ts, int j, int to) {
        String w = ts.get(j).text();
        return w.startsWith("并") && w.length() > 1 && lex.is(w.substring(1), Role.MODAL)
                || w.equals("并") && j + 1 < to && lex.is(ts.get(j + 1).text(), Role.MODAL);
    }

    /** A second predicate coordinated with the first that is a statement of its own, if any. */
    private Optional<Head> coordinated(List<Token> ts, Head first, int to) {
        int j = first.index() + 1;
        if (j + 1 >= to) {
            return Optional.empty();
        }
        String link = ts.get(j).text();
        if (lex.is(first.verb(), Role.STANCE) && !lex.is(link, Role.CONJ)) {
            Optional<Head> later = laterStance(ts, j, to, first);
            if (later.isPresent()) {
                return later;
            }
        }
        if (lex.is(first.verb(), Role.STANCE) && andModal(ts, j, to)) {
            return head(ts, j, to).map(h -> new Head(h.index(), h.verb(), h.at(), h.negated(), h.kind(), true, h.ought()));
        }
        if (first.negated() && link.equals("、")) {
            Optional<Head> next = head(ts, j + 1, to);
            return next.filter(Head::negated);
        }
        if (link.equals("和") || link.equals("并") || link.equals("、") || link.equals("及")) {
            Token t = ts.get(j + 1);
            Optional<Kind> k = lex.kind(t.text());
            Kind firstKind = first.kind().orElse(Kind.Undertaking);
            boolean twoStances = lex.is(first.verb(), Role.STANCE) && lex.is(t.text(), Role.STANCE) && !link.equals("、");
            if (verbish(t) && k.isPresent() && (k.get() != firstKind || twoStances)) {
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
                modal |= lex.is(w, Role.MODAL);
                p++;
            } else if (lex.is(w, Role.OUGHT)) {
                ought = true;
                p++;
            } else if (lex.is(w, Role.MODAL) && !(w.equals("将") && asFrame(ts, p, to))) {
                modal = true;
                p++;
            } else if (frames.isFrame(w) && !(lex.isPredicate(w) && p > from && lex.is(ts.get(p - 1).text(), Role.NEGATOR))) {
                int q = frames.frame(ts, p, to);
                if (q == Frames.NONE) {
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
            if (q < to && lex.isPredicate(ts.get(q).text()) && !bareWish(ts, q, to)) {
                return head(ts, q, negated, modal, ought);
            }
        }
        return head(ts, i, negated, modal, ought);
    }

    /** 对此表示期待: a wish that ends its clause wishes nothing of anyone; the light verb states a Position. */
    private boolean bareWish(List<Token> ts, int q, int to) {
        int end = q + 1;
        while (end < to && ts.get(end).tag().startsWith("w")) {
            end++;
        }
        return end >= to && lex.is(ts.get(q).text(), Role.WISH);
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
        if (lex.is(w, Role.NOTVERB) || lex.is(w, Role.NOUN) || lex.is(w, Role.CONJ) || lex.is(w, Role.PURPOSE) && !lex.isPredicate(w)) {
            return false;
        }
        return lex.isPredicate(w) || t.isVerb() && !t.tag().equals("vshi") || lex.is(w, Role.ASSESS);
    }

    /**
     * 务实的安全合作, 互利共赢的经贸合作: an intransitive verb before 的, alone or with the nouns
     * and adjectives of its phrase, describes the noun after it; it is no predicate.
     */
    private boolean attributive(List<Token> ts, int p, int to) {
        if (!ts.get(p).tag().equals("vi") || lex.isPredicate(ts.get(p).text())) {
            return false;
        }
        int q = p + 1;
        while (q < to && q <= p + 2 && !lex.isPredicate(ts.get(q).text())
                && (ts.get(q).tag().startsWith("n") || ts.get(q).tag().startsWith("a") || ts.get(q).tag().equals("vi"))) {
            q++;
        }
        return q < to && ts.get(q).text().equals("的");
    }

    /** A word that only modifies a noun (密切有效的国际协调): it is followed by adjectives and 的. */
    private static boolean modifier(List<Token> ts, int p, int to) {
        int q = p + 1;
        while (q < to && (ts.get(q).tag().startsWith("a") || ts.get(q).tag().equals("d"))) {
            q++;
        }
        return q < to && ts.get(q).text().equals("的");
    }

    boolean skippable(List<Token> ts, int p, int to) {
        Token t = ts.get(p);
        String w = t.text();
        if (w.equals("、")) {
            return p > 0 && p + 1 < to && adverb(ts.get(p - 1)) && adverb(ts.get(p + 1));
        }
        boolean adverb = lex.is(w, Role.ADVERB) || lex.is(w, Role.CONJ) || lex.is(w, Role.ASPECT)
                || t.tag().equals("d") || t.tag().equals("ad") || t.tag().equals("t") || adverbialVerb(ts, p, to);
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

    /** 自主解决, 和平利用: a verb HanLP tags as adverbial (vd) that stands right before a verb modifies it. */
    private boolean adverbialVerb(List<Token> ts, int p, int to) {
        return ts.get(p).tag().equals("vd") && p + 1 < to && verbish(ts.get(p + 1));
    }

    /** 全面、有效落实: adverbs coordinated by 、 before one verb. */
    private boolean adverb(Token t) {
        return lex.is(t.text(), Role.ADVERB) || t.tag().equals("d") || t.tag().equals("ad");
    }

    /** Skips adverbs and adjectives (深切, 严重); an adjective that is itself a predicate (不安/an) stays. */
    int skipAdverbs(List<Token> ts, int p, int to) {
        while (p < to && (skippable(ts, p, to) || ts.get(p).tag().startsWith("a") && !lex.isPredicate(ts.get(p).text()))) {
            p++;
        }
        return p;
    }

    /** 将……作为 (将X视为): not when a frame opens right after 将 (将在今后三年为……培训: 将 is the modal). */
    private boolean asFrame(List<Token> ts, int p, int to) {
        return p + 1 < to && !verbish(ts.get(p + 1)) && !frames.isFrame(ts.get(p + 1).text())
                && find(ts, p + 2, to, "作为", "为", "当作") >= 0;
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
