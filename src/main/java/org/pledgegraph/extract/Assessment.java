package org.pledgegraph.extract;

import java.util.List;
import java.util.Optional;
import org.pledgegraph.tokenize.Token;

/**
 * Reads a run of clauses the parties assert without a named speaker (中俄关系牢固、稳定；
 * ……的行为十分危险) as one Position whose verb is its first main predicate, or as one Concern
 * when it ends in 引发严重关切.
 */
final class Assessment {
    private final Predicates lex;
    private final HeadFinder finder;

    /** What a run of assessment clauses says. */
    record Reading(Kind kind, Head head) {
    }

    Assessment(Predicates lex, HeadFinder finder) {
        this.lex = lex;
        this.finder = finder;
    }

    boolean hasAssessWord(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lex.is(ts.get(i).text(), Role.ASSESS)) {
                return true;
            }
        }
        return false;
    }

    Optional<Reading> read(List<Token> ts, List<SentenceReader.Part> run) {
        for (SentenceReader.Part c : run) {
            for (int i = c.from(); i < c.to(); i++) {
                if (lex.is(ts.get(i).text(), Role.NARRATIVE) && !counted(ts, c, i) || i == c.to() - 1 && event(ts, c, i)) {
                    return Optional.empty();
                }
            }
        }
        Optional<Reading> concern = concern(ts, run);
        if (concern.isPresent()) {
            return concern;
        }
        Optional<Head> h = assessWord(ts, run).or(() -> afterModal(ts, run));
        if (h.isEmpty()) {
            SentenceReader.Part first = run.get(0);
            if (first.subject().type() == Subject.Type.OTHER) {
                return Optional.empty();
            }
            h = firstPredicate(ts, first);
        }
        return h.map(x -> new Reading(Kind.Position, x));
    }

    /** 下一轮会谈, 第五次会晤: a meeting word after a measure word names the meeting, it tells no event. */
    private static boolean counted(List<Token> ts, SentenceReader.Part c, int i) {
        return i > c.from() && ts.get(i - 1).tag().startsWith("q");
    }

    /** 该协定于2008年4月7日签署: a clause ending in an event verb without a modal tells what became of its subject. */
    private boolean event(List<Token> ts, SentenceReader.Part c, int i) {
        if (!lex.is(ts.get(i).text(), Role.EVENT)) {
            return false;
        }
        for (int p = c.from(); p < i; p++) {
            if (lex.is(ts.get(p).text(), Role.MODAL) || lex.is(ts.get(p).text(), Role.OUGHT)) {
                return false;
            }
        }
        return true;
    }

    /** 引发严重关切 inside a clause: the whole run is the subject of a Concern. */
    private Optional<Reading> concern(List<Token> ts, List<SentenceReader.Part> run) {
        for (SentenceReader.Part c : run) {
            for (int i = c.from() + 1; i < c.to(); i++) {
                if (lex.is(ts.get(i).text(), Role.LIGHT)) {
                    int q = finder.skipAdverbs(ts, i + 1, c.to());
                    if (q < c.to() && lex.kind(ts.get(q).text()).filter(k -> k == Kind.Concern).isPresent()) {
                        return Optional.of(new Reading(Kind.Concern, head(ts, q)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Head> assessWord(List<Token> ts, List<SentenceReader.Part> run) {
        for (SentenceReader.Part c : run) {
            for (int i = c.from(); i < c.to(); i++) {
                boolean marker = i > c.from() && (ts.get(i - 1).text().equals("特别") || ts.get(i - 1).text().equals("尤其"));
                if (lex.is(ts.get(i).text(), Role.ASSESS) && !marker) {
                    return Optional.of(head(ts, i));
                }
            }
        }
        return Optional.empty();
    }

    /** The predicate after a modal, through frames (上述安排将为两国……提供……), else the next verb. */
    private Optional<Head> afterModal(List<Token> ts, List<SentenceReader.Part> run) {
        for (SentenceReader.Part c : run) {
            for (int i = c.from(); i < c.to(); i++) {
                String w = ts.get(i).text();
                if (lex.is(w, Role.MODAL)) {
                    Optional<Head> h = finder.head(ts, i, c.to());
                    if (h.isPresent()) {
                        return h;
                    }
                }
                if (lex.is(w, Role.MODAL) || lex.is(w, Role.ASPECT)) {
                    int q = finder.skipAdverbs(ts, i + 1, c.to());
                    if (q < c.to() && finder.verbish(ts.get(q))) {
                        return Optional.of(head(ts, q));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first verb of the clause after its subject, else its first adjective (中俄关系牢固). */
    private Optional<Head> firstPredicate(List<Token> ts, SentenceReader.Part c) {
        for (int i = c.subject().next(); i < c.to(); i++) {
            if (finder.verbish(ts.get(i)) && !SubjectFinder.subjectNoun(lex, ts, i, c.to())) {
                boolean negated = i > c.from() && lex.is(ts.get(i - 1).text(), Role.NEGATOR);
                Token t = ts.get(i);
                return Optional.of(new Head(i, t.text(), t.begin(), negated, lex.kind(t.text()), false, false));
            }
        }
        for (int i = c.subject().next(); i < c.to(); i++) {
            if (ts.get(i).tag().equals("a")) {
                return Optional.of(head(ts, i));
            }
        }
        return Optional.empty();
    }

    private Head head(List<Token> ts, int i) {
        Token t = ts.get(i);
        return new Head(i, t.text(), t.begin(), false, lex.kind(t.text()), false, false);
    }
}
