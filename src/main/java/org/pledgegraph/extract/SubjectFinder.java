package org.pledgegraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorMention;
import org.pledgegraph.tokenize.Token;

/** Reads the subject a clause opens with, from the actor mentions of the unit. */
final class SubjectFinder {
    private static final Set<String> JOINERS = Set.of("和", "与", "及", "、", "同", "以及");
    private final Predicates lex;
    private final HeadFinder heads;

    SubjectFinder(Predicates lex, HeadFinder heads) {
        this.lex = lex;
        this.heads = heads;
    }

    Subject find(List<Token> ts, int from, int to, List<ActorMention> ms, List<Actor> parties) {
        int p = from;
        while (p < to && lex.is(ts.get(p).text(), Role.CONJ)) {
            p++;
        }
        if (p >= to) {
            return new Subject(Subject.Type.NONE, Set.of(), p);
        }
        Set<Actor> actors = new HashSet<>();
        boolean[] collective = {false};
        int q = mentions(ts, p, to, ms, actors, collective);
        if (q > p) {
            return named(ts, q, to, actors, collective[0], parties);
        }
        int each = wordOf(ts, p, to, Role.EACH);
        if (each > p) {
            return named(ts, each, to, Set.of(), true, parties);
        }
        int all = parties.size() >= 3 ? wordOf(ts, p, to, Role.COLLECTIVE) : p;
        if (all > p) {
            return named(ts, all, to, Set.of(), true, parties);
        }
        return unnamed(ts, p, to, ms, parties);
    }

    /**
     * 任何一方 (任何/一/方 in HanLP's words), 各成员国 (各/成员国): the index after a word of the role
     * made of whole tokens from p, else p.
     */
    private int wordOf(List<Token> ts, int p, int to, Role role) {
        StringBuilder w = new StringBuilder();
        for (int q = p; q < to && q < p + 4; q++) {
            w.append(ts.get(q).text());
            if (lex.is(w.toString(), role)) {
                return q + 1;
            }
        }
        return p;
    }

    /** Consumes mentions joined by 和/与/、 from p; returns the token after them (p if none). */
    private int mentions(List<Token> ts, int p, int to, List<ActorMention> ms, Set<Actor> actors, boolean[] coll) {
        int q = p;
        while (q < to) {
            ActorMention m = at(ms, ts.get(q));
            if (m == null) {
                break;
            }
            actors.addAll(m.actors());
            coll[0] |= m.collective();
            q = after(ts, q, to, m.end());
            int r = q;
            while (r < to && partNoun(ts.get(r))) {
                r++;
            }
            if (r > q && r + 1 < to && JOINERS.contains(ts.get(r).text()) && at(ms, ts.get(r + 1)) != null) {
                q = r;
            }
            if (q + 1 < to && JOINERS.contains(ts.get(q).text()) && at(ms, ts.get(q + 1)) != null) {
                q++;
            } else {
                break;
            }
        }
        return q;
    }

    private static ActorMention at(List<ActorMention> ms, Token t) {
        for (ActorMention m : ms) {
            if (m.begin() == t.begin()) {
                return m;
            }
        }
        return null;
    }

    private static int after(List<Token> ts, int q, int to, int end) {
        while (q < to && ts.get(q).begin() < end) {
            q++;
        }
        return q;
    }

    /**
     * The subject the named actors open; a part noun after an alias in brackets belongs to it
     * (智利和秘鲁（以下简称“双方”）元首于……举行: the parties' heads of state, not a topic).
     */
    private Subject named(List<Token> ts, int q, int to, Set<Actor> actors, boolean collective, List<Actor> parties) {
        Set<Actor> who = collective ? new HashSet<>(parties) : actors;
        boolean party = !who.isEmpty() && parties.containsAll(who);
        int run = q;
        while (run < to && nounish(ts.get(run)) && !heads.verbish(ts.get(run))) {
            run++;
        }
        if (run > q && partNoun(ts.get(run - 1))) {
            q = run;
        }
        while (q < to && partNoun(ts.get(q))) {
            q++;
        }
        if (q < to && ts.get(q).text().equals("（")) {
            int close = HeadFinder.find(ts, q, to, "）");
            q = close < 0 ? q : close + 1;
            while (close >= 0 && q < to && partNoun(ts.get(q))) {
                q++;
            }
        }
        if (!party && q > 0 && partNoun(ts.get(q - 1)) && groupOfParties(who, parties)) {
            return new Subject(Subject.Type.PARTY, Set.copyOf(parties), q);
        }
        if (!party) {
            return new Subject(Subject.Type.OTHER, who, q);
        }
        boolean topic = q < to && (nounish(ts.get(q)) && !adverbial(ts, q, to) || ts.get(q).text().equals("的")
                || subjectNoun(ts, q, to));
        return new Subject(topic ? Subject.Type.TOPIC : Subject.Type.PARTY, who, q);
    }

    /** 两国合作不针对……: a verbal noun that is not a known predicate, right before a negator or modal, heads a topic. */
    boolean subjectNoun(List<Token> ts, int p, int to) {
        return subjectNoun(lex, ts, p, to);
    }

    static boolean subjectNoun(Predicates lex, List<Token> ts, int p, int to) {
        if (!ts.get(p).tag().equals("vn") || lex.isPredicate(ts.get(p).text()) || p + 1 >= to) {
            return false;
        }
        String next = ts.get(p + 1).text();
        return lex.is(next, Role.NEGATOR) || lex.is(next, Role.MODAL) || lex.is(next, Role.OUGHT);
    }

    /** An adjective right before a verb modifies the verb (强烈谴责, 忠实履行), not a noun. */
    private static boolean adverbial(List<Token> ts, int q, int to) {
        return ts.get(q).tag().startsWith("a") && q + 1 < to && ts.get(q + 1).tag().equals("v");
    }

    /** 金砖国家领导人, 上海合作组织成员国元首 in a declaration of three or more parties: the parties themselves. */
    private static boolean groupOfParties(Set<Actor> who, List<Actor> parties) {
        return parties.size() >= 3 && !who.isEmpty()
                && who.stream().allMatch(a -> a.type() != org.pledgegraph.lexicon.ActorType.STATE);
    }

    private boolean partNoun(Token t) {
        String w = t.text();
        return lex.is(w, Role.PARTNOUN) || w.endsWith("部门") || w.endsWith("机构") || w.endsWith("政府");
    }

    private Subject unnamed(List<Token> ts, int p, int to, List<ActorMention> ms, List<Actor> parties) {
        Token t = ts.get(p);
        if (time(ts, p, to)) {
            int q = p;
            while (q < to && (time(ts, q, to) || ts.get(q).tag().startsWith("q") || ts.get(q).text().equals("年")
                    || ts.get(q).text().equals("来") || ts.get(q).text().equals("以来") || deadline(ts, q, p))) {
                q++;
            }
            if (q >= to || ts.get(q).text().equals("是") || q > p && ts.get(q - 1).text().endsWith("来")) {
                return new Subject(Subject.Type.TIME, Set.of(), q);
            }
            return find(ts, q, to, ms, parties);
        }
        boolean adverb = p + 1 < to && ts.get(p + 1).text().equals("地");
        if (t.text().equals("《") || t.text().equals("“") || nounish(t) && !heads.verbish(t) && !adverb
                && !lex.is(t.text(), Role.ADVERB) && !isFrameWord(t.text()) && !adverbial(ts, p, to)) {
            return new Subject(Subject.Type.NOUN, Set.of(), p);
        }
        return new Subject(Subject.Type.NONE, Set.of(), p);
    }

    /** 2028年前, 2026年底前: 前 (by) after a time ends the time, it is no subject. */
    private static boolean deadline(List<Token> ts, int q, int p) {
        String w = ts.get(q).text();
        return q > p && (w.equals("前") || w.equals("以前") || w.equals("之前"));
    }

    private boolean time(List<Token> ts, int p, int to) {
        Token t = ts.get(p);
        if (t.tag().equals("t")) {
            return true;
        }
        return t.tag().equals("m") && p + 1 < to && ts.get(p + 1).text().startsWith("年");
    }

    private boolean isFrameWord(String w) {
        return lex.is(w, Role.FRAME_LOC) || lex.is(w, Role.FRAME_RULE) || lex.is(w, Role.FRAME_MEANS)
                || lex.is(w, Role.FRAME_OBJECT) || lex.is(w, Role.FRAME_AS) || lex.is(w, Role.PURPOSE)
                || lex.is(w, Role.OUGHT) || lex.is(w, Role.MODAL) || lex.is(w, Role.NEGATOR);
    }

    static boolean nounish(Token t) {
        String g = t.tag();
        return g.startsWith("n") || g.startsWith("r") || g.equals("m") || g.equals("b") || g.equals("f")
                || g.equals("a") || g.equals("s")
                || g.equals("q") || g.equals("mq") || g.equals("x") && !t.isPunct();
    }
}
