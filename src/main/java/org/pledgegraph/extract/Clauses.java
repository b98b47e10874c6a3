package org.pledgegraph.extract;

import java.util.List;
import java.util.Optional;
import org.pledgegraph.tokenize.Token;

/**
 * What the clauses of a unit look like, read from their tokens alone: which hold no statement
 * (purpose, elaboration, formula), where a retrospective stretch ends, where the first subject
 * stands, where an appeal's 应 stands, which clause tells what was done, and whether a 在 frame
 * opens or closes. Used by {@link SentenceReader}, which keeps the state of one reading.
 */
final class Clauses {
    private final Predicates lex;
    private final HeadFinder finder;
    private final KindRules kinds;

    Clauses(Predicates lex, HeadFinder finder, KindRules kinds) {
        this.lex = lex;
        this.finder = finder;
        this.kinds = kinds;
    }

    /**
     * The last clause of a retrospective stretch: a clause whose predicate takes 了 (树立了……典范,
     * 回顾了……) and all clauses before it tell what happened; -1 if none does. Clauses reported
     * under a stance (指出，……履行了……) do not count.
     */
    int narrative(List<Token> ts, List<SentenceReader.Part> parts) {
        int told = -1;
        for (int i = 0; i < parts.size(); i++) {
            SentenceReader.Part c = parts.get(i);
            Optional<Head> h = finder.head(ts, c.subject().next(), c.to());
            if (h.isPresent() && followedBy(ts, h.get(), "了")) {
                told = i;
            }
            if (h.isPresent() && lex.is(h.get().verb(), Role.CLAUSE)
                    && kinds.stanceKind(h.get()).filter(k -> k != Kind.Undertaking).isPresent()) {
                break;
            }
        }
        return told;
    }

    /**
     * A stance whose object was fronted (对也门局势表示关切, 就……表示满意) and that ends its clause
     * governs nothing after it: 双方对……表示关切，支持…… holds a Concern and a Support; so does a light
     * verb with its one-word object (对……表示理解，支持……).
     */
    boolean closedStance(List<Token> ts, SentenceReader.Part c, Head h) {
        int end = c.to();
        while (end > h.index() + 1 && ts.get(end - 1).tag().startsWith("w")) {
            end--;
        }
        boolean lightAndNoun = lex.is(h.verb(), Role.LIGHT) && h.index() + 2 == end;
        if (h.index() + 1 != end && !lightAndNoun) {
            return false;
        }
        for (int p = c.subject().next(); p < h.index(); p++) {
            String w = ts.get(p).text();
            if ((w.equals("对") || w.equals("就")) && lex.is(w, Role.FRAME_OBJECT)) {
                return true;
            }
        }
        return false;
    }

    /** Words follow the head inside its clause (注意到德方的经验): the governor has its object. */
    boolean objectFollows(List<Token> ts, SentenceReader.Part c, Head h) {
        for (int p = h.index() + 1; p < c.to(); p++) {
            if (!ts.get(p).tag().startsWith("w")) {
                return true;
            }
        }
        return false;
    }

    /** A subjectless clause opening with 愿 (愿与……共同研究): the speaker's own willingness. */
    boolean willing(List<Token> ts, SentenceReader.Part c) {
        int p = c.subject().next();
        return p < c.to() && (ts.get(p).text().equals("愿") || ts.get(p).text().equals("愿意"));
    }

    /** A subjectless clause opening with 并 and a modal (并将继续提供……): a further course of the speaker. */
    boolean andModal(List<Token> ts, SentenceReader.Part c) {
        int p = c.subject().next();
        return p < c.to() && finder.andModal(ts, p, c.to());
    }

    boolean elaborates(List<Token> ts, SentenceReader.Part c) {
        int p = c.subject().next();
        return p < c.to() && lex.is(ts.get(p).text(), Role.ELABORATION);
    }

    int firstSubject(List<SentenceReader.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Subject.Type t = parts.get(i).subject().type();
            if (t != Subject.Type.NONE && t != Subject.Type.TIME) {
                return i;
            }
        }
        return parts.size();
    }

    /** Purpose, elaboration, invitation and formula clauses hold no statement. */
    boolean skipped(List<Token> ts, SentenceReader.Part c) {
        if (timeClause(ts, c)) {
            return true;
        }
        if (c.subject().type() != Subject.Type.NONE || c.subject().next() >= c.to()) {
            return c.subject().type() == Subject.Type.TIME || c.from() >= c.to() || formula(ts, c);
        }
        String w = ts.get(c.subject().next()).text();
        return lex.is(w, Role.PURPOSE) || lex.is(w, Role.ELABORATION) || conditional(ts, c) || formula(ts, c)
                || w.equals("应") && HeadFinder.find(ts, c.from(), c.to(), "邀请") >= 0;
    }

    /** 两国如遭受侵略, 如果……: a conditional clause, no statement. */
    boolean conditional(List<Token> ts, SentenceReader.Part c) {
        int p = c.subject().next();
        return p < c.to() && lex.is(ts.get(p).text(), Role.CONDITION);
    }

    /** 上述备忘录签署后，……: a clause that ends in 后 says when the next one holds, no statement. */
    boolean timeClause(List<Token> ts, SentenceReader.Part c) {
        int last = c.to() - 1;
        while (last > c.from() && ts.get(last).tag().startsWith("w")) {
            last--;
        }
        return last > c.from() && lex.is(ts.get(last).text(), Role.AFTER);
    }

    private boolean formula(List<Token> ts, SentenceReader.Part c) {
        for (int i = c.from(); i < c.to(); i++) {
            if (lex.is(ts.get(i).text(), Role.FORMULA)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 加强在打击……，切断……等方面的合作: a 在 frame after the verb that the clause does not close.
     * 在 before a 的 (支持在巴西的学校) makes a modifier of a noun, which the clause closes.
     */
    boolean opensFrame(List<Token> ts, int from, int to) {
        int titles = 0;
        for (int i = from; i < to; i++) {
            String w = ts.get(i).text();
            titles += w.equals("《") || w.equals("“") ? 1 : w.equals("》") || w.equals("”") ? -1 : 0;
            if (titles == 0 && w.equals("在")) {
                return !closesFrame(ts, i + 1, to) && HeadFinder.find(ts, i + 1, to, "的") < 0;
            }
        }
        return false;
    }

    boolean closesFrame(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = ts.get(i).text();
            if (lex.is(w, Role.END) && w.length() > 1 || ts.get(i).tag().equals("f")) {
                return true;
            }
        }
        return false;
    }

    /** A clause that tells what was done (就……交换了意见): a verb and its object, 了 between, make a narrative phrase. */
    boolean tells(List<Token> ts, SentenceReader.Part c) {
        for (int i = c.from(); i + 1 < c.to(); i++) {
            int o = ts.get(i + 1).text().equals("了") ? i + 2 : i + 1;
            if (ts.get(i).isVerb() && o < c.to() && lex.is(ts.get(i).text() + ts.get(o).text(), Role.NARRATIVE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedBy(List<Token> ts, Head h, String w) {
        return h.index() + 1 < ts.size() && ts.get(h.index() + 1).text().equals(w);
    }

    int ought(List<Token> ts, SentenceReader.Part c) {
        for (int i = c.from(); i < c.to(); i++) {
            if (lex.is(ts.get(i).text(), Role.OUGHT)) {
                return i;
            }
        }
        return -1;
    }
}
