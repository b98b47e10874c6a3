package org.pledgegraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorMention;
import org.pledgegraph.tokenize.Token;

/**
 * Reads the statements of one unit (a sentence or list item) clause by clause: who speaks
 * (the clause's subject, the list's lead-in, or all parties), the head predicate of each
 * clause, and which clauses are governed, framed, purposes, or assessments.
 */
final class SentenceReader {
    private final Predicates lex;
    private final HeadFinder finder;
    private final SubjectFinder subjects;
    private final Assessment assessment;
    private final KindRules kinds;
    private final Clauses clauses;
    private final MarkedStatements marked;

    SentenceReader(Predicates lex) {
        this.lex = lex;
        this.finder = new HeadFinder(lex);
        this.subjects = new SubjectFinder(lex, finder);
        this.assessment = new Assessment(lex, finder);
        this.kinds = new KindRules(lex);
        this.clauses = new Clauses(lex, finder, kinds);
        this.marked = new MarkedStatements(lex, finder);
    }

    /** One clause of a unit: tokens [from, to) and its subject. */
    record Part(int from, int to, Subject subject) {
    }

    List<Statement> read(List<Token> ts, List<Part> parts, List<ActorMention> ms, List<Actor> parties,
                         Optional<ListContext> ctx, boolean leadIn) {
        Reading s = new Reading(ts, ms, parties, ctx, leadIn, assessment, clauses);
        int told = leadIn ? -1 : clauses.narrative(ts, parts);
        int firstSubject = ctx.isPresent() ? 0 : clauses.firstSubject(parts);
        for (int i = 0; i < parts.size(); i++) {
            Part c = parts.get(i);
            if (i <= told) {
                if (c.subject().type() == Subject.Type.PARTY) {
                    s.speaker = c.subject().actors();
                }
                continue;
            }
            if (clauses.skipped(ts, c)) {
                s.measures = false;
                if (clauses.elaborates(ts, c) && !s.run.isEmpty() && s.speaker == null) {
                    s.run.add(c);
                }
                continue;
            }
            boolean was = s.governing;
            clause(s, c, i < firstSubject && firstSubject < parts.size());
            s.governed = was && s.governing ? s.governed + 1 : 0;
        }
        s.flush();
        return s.out;
    }

    private void clause(Reading s, Part c, boolean framing) {
        Subject sub = c.subject();
        if (s.openFrame) {
            s.openFrame = !clauses.closesFrame(s.ts, c.from(), c.to());
            return;
        }
        if (!s.governing && marked.aim(s, c)) {
            return;
        }
        if (!s.governing && marked.passive(s, c)) {
            return;
        }
        switch (sub.type()) {
            case PARTY -> party(s, c, sub);
            case TOPIC -> topic(s, c, sub);
            case OTHER, NOUN -> other(s, c);
            case NONE -> bare(s, c, framing);
            default -> { }
        }
    }

    private void party(Reading s, Part c, Subject sub) {
        if (clauses.conditional(s.ts, c) && !s.governing) {
            s.speaker = sub.actors();
            s.story = false;
            s.flush();
            return;
        }
        List<Head> hs = finder.heads(s.ts, sub.next(), c.to());
        if (s.governing && !(s.byOught && !hs.isEmpty()) && (hs.isEmpty() || !kinds.breaksOut(hs.get(0)))
                && !ownCourse(s, c, hs) && !(reacts(s, sub, hs) && !s.out.isEmpty())) {
            return;
        }
        s.speaker = sub.actors();
        s.governing = false;
        s.story = false;
        s.flush();
        emit(s, c, hs);
    }

    /**
     * 双方认为，……是……，双方将……开展……: after the governed object of a stance that is no
     * undertaking, the party named again with a modal, or refusing an action (不同……建立), states its own course.
     */
    private boolean ownCourse(Reading s, Part c, List<Head> hs) {
        return !hs.isEmpty() && (hs.get(0).modal() || refusal(hs.get(0))) && s.governed > 0 && !s.out.isEmpty()
                && s.out.get(s.out.size() - 1).kind() != Kind.Undertaking && !afterWhen(s, c);
    }

    /** 蒙方不同台湾建立……: a negated action (not an assessment such as 不是) is a course refused. */
    private boolean refusal(Head h) {
        return h.negated() && !lex.is(h.verb(), Role.ASSESS) && !lex.is(h.verb(), Role.HAVE)
                && kinds.stanceKind(h).isEmpty();
    }

    /**
     * 重申，……一方遭受侵略时，双方将……: the clause after a 时 (when) clause is its consequence and
     * stays with it inside what the stance governs.
     */
    private static boolean afterWhen(Reading s, Part c) {
        return c.from() >= 2 && s.ts.get(c.from() - 2).text().equals("时");
    }

    /**
     * 甲方重申……，乙方对此表示尊重: a party named again with 对此 (about this) answers what was
     * just said; its stance is its own, whatever the predicate, not part of the governed object.
     */
    private boolean reacts(Reading s, Subject sub, List<Head> hs) {
        return !hs.isEmpty() && HeadFinder.find(s.ts, sub.next(), hs.get(0).index(), "对此") >= 0;
    }

    private void topic(Reading s, Part c, Subject sub) {
        if (!s.governing && leaders(s, c)) {
            return;
        }
        int p = sub.next();
        while (p < c.to() && ((SubjectFinder.nounish(s.ts.get(p)) || s.ts.get(p).text().equals("的"))
                && !finder.verbish(s.ts.get(p)) || subjects.subjectNoun(s.ts, p, c.to())
                || modifiesNoun(s.ts, p, c.to()))) {
            p++;
        }
        List<Head> hs = finder.heads(s.ts, p, c.to());
        if (!hs.isEmpty() && hs.get(0).modal() && !s.governing) {
            s.speaker = sub.actors();
            emit(s, c, hs);
        } else if (!s.governing) {
            s.run.add(c);
        }
    }

    /** 合作/vn 委员会/n: a verbal noun right before a noun modifies it inside the subject. */
    private boolean modifiesNoun(List<Token> ts, int p, int to) {
        return ts.get(p).tag().equals("vn") && p + 1 < to && SubjectFinder.nounish(ts.get(p + 1))
                && !finder.verbish(ts.get(p + 1));
    }

    private void other(Reading s, Part c) {
        if (s.governing) {
            return;
        }
        if (c.subject().type() == Subject.Type.NOUN && leaders(s, c)) {
            return;
        }
        int ought = clauses.ought(s.ts, c);
        if (ought >= 0) {
            marked.appeal(s, c, ought);
        } else if (reported(s, c)) {
            s.flush();
            s.govern(false);
        } else if (s.out.isEmpty() && s.ctx.isEmpty() && !s.leadIn) {
            s.run.add(c);
        }
    }

    /**
     * 联合国秘书长宣布，将……: a clause-taking predicate of someone other than the parties (with the
     * nouns of its subject: 秘书长) reports
     * their words; the clauses it governs are theirs, no statement of the parties.
     */
    private boolean reported(Reading s, Part c) {
        int p = c.subject().next();
        while (p < c.to() && SubjectFinder.nounish(s.ts.get(p)) && !finder.verbish(s.ts.get(p))) {
            p++;
        }
        List<Head> hs = finder.heads(s.ts, p, c.to());
        return !hs.isEmpty() && lex.is(hs.get(0).verb(), Role.CLAUSE) && hs.get(0).index() + 1 == c.to();
    }

    /**
     * 习近平主席和马克龙总统一致同意……: named leaders speak for all the parties; what they did
     * (……在西安举行峰会) is narrative and holds no statement.
     */
    private boolean leaders(Reading s, Part c) {
        int p = c.from();
        boolean person = false;
        while (p < c.to() && !finder.verbish(s.ts.get(p)) && !lex.is(s.ts.get(p).text(), Role.ADVERB)) {
            person |= s.ts.get(p).tag().equals("nr") || s.ts.get(p).tag().equals("nnt");
            p++;
        }
        List<Head> hs = finder.heads(s.ts, p, c.to());
        if (!person) {
            return false;
        }
        if (hs.isEmpty() || kinds.stanceKind(hs.get(0)).isEmpty() && !hs.get(0).modal()
                || lex.is(hs.get(0).verb(), Role.NARRATIVE)) {
            return true;
        }
        s.speaker = new HashSet<>(s.parties);
        s.flush();
        emit(s, c, hs);
        return true;
    }

    private void bare(Reading s, Part c, boolean framing) {
        List<Head> hs = finder.heads(s.ts, c.subject().next(), c.to());
        if (framing && (hs.isEmpty() || kinds.stanceKind(hs.get(0)).isEmpty())) {
            return;
        }
        int ought = clauses.ought(s.ts, c);
        if (s.speaker == null && !s.governing && ought > c.subject().next()) {
            marked.appeal(s, c, ought);
            return;
        }
        if (hs.isEmpty()) {
            if (!s.run.isEmpty() && s.speaker == null && !s.governing) {
                s.run.add(c);
            }
            return;
        }
        Head h = hs.get(0);
        if (s.governing) {
            if (!kinds.breaksOutBare(h) && !repeats(s, h) && !opposesAfterAppeal(s, h) && !(s.inlineObject && clauses.willing(s.ts, c))
                    && !(s.nounStance && clauses.andModal(s.ts, c))) {
                return;
            }
            s.governing = false;
        }
        if (s.speaker == null && s.out.isEmpty() && !s.run.isEmpty() && kinds.stanceKind(h).isEmpty() && !h.ought()) {
            s.run.add(c);
        } else if (s.speaker == null && s.ctx.isEmpty() && s.out.isEmpty()) {
            unattributed(s, c, hs);
        } else {
            emit(s, c, hs);
        }
    }

    /** 反对……，反对……: the governing predicate said again opens a coordinated statement, not part of its object. */
    private static boolean repeats(Reading s, Head h) {
        return !s.out.isEmpty() && s.out.get(s.out.size() - 1).verb().equals(h.verb());
    }

    /**
     * 呼吁各方……，反对……; 主张……，不支持……: an Opposition after an appeal is the speakers' own
     * stance, not part of what they ask of others (a Support after it stays in the appeal).
     */
    private boolean opposesAfterAppeal(Reading s, Head h) {
        return !s.out.isEmpty() && s.out.get(s.out.size() - 1).kind() == Kind.Appeal
                && kinds.stanceKind(h).filter(k -> k == Kind.Opposition).isPresent();
    }

    /** A subjectless clause outside any list, before any statement of the sentence. */
    private void unattributed(Reading s, Part c, List<Head> hs) {
        Head h = hs.get(0);
        if (kinds.stanceKind(h).isPresent()) {
            emit(s, c, hs);
        } else if (h.ought()) {
            s.flush();
            s.add(Kind.Appeal, h, Set.of());
            s.govern(true);
        } else if (!s.run.isEmpty() || assessment.hasAssessWord(s.ts, c.from(), c.to())) {
            if (!s.leadIn) {
                s.run.add(c);
            }
        } else {
            emit(s, c, hs);
        }
    }

    private void emit(Reading s, Part c, List<Head> hs) {
        for (int k = 0; k < hs.size(); k++) {
            Head h = hs.get(k);
            if (k == 0 && skip(s, h)) {
                break;
            }
            Kind kind = kinds.kindOf(h, s.ts, s.ms, s.who(), s.ctx);
            s.add(kind, h, kind == Kind.Appeal ? kinds.addressees(h, s.ts, s.ms, s.who()) : Set.of());
            if (k == 0 && lex.is(h.verb(), Role.CLAUSE) && !clauses.closedStance(s.ts, c, h)) {
                s.govern(false);
                s.inlineObject = kind == Kind.Position && clauses.objectFollows(s.ts, c, h);
                s.nounStance = s.inlineObject && lex.is(h.verb(), Role.LIGHT);
            }
        }
        Head last = hs.isEmpty() ? null : hs.get(hs.size() - 1);
        s.measures = last != null && (last.verb().equals("采取") && last.index() + 2 == c.to()
                && s.ts.get(last.index() + 1).text().equals("措施")
                || lex.is(last.verb(), Role.EFFORT) && last.index() + 1 == c.to());
        s.openFrame = last != null && clauses.opensFrame(s.ts, last.index() + 1, c.to());
    }

    /** 出口同比增长百分之二十: a statistic word just before the predicate reports a measured fact. */
    private boolean statistic(List<Token> ts, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (lex.is(ts.get(k).text(), Role.STATISTIC)) {
                return true;
            }
        }
        return false;
    }

    private boolean skip(Reading s, Head h) {
        String next = h.index() + 1 < s.ts.size() ? s.ts.get(h.index() + 1).text() : "";
        if (h.index() + 2 < s.ts.size() && next.equals("了")) {
            next = s.ts.get(h.index() + 2).text();
        }
        boolean event = !h.modal() && !h.ought() && s.ctx.isEmpty()
                && (lex.is(h.verb(), Role.EVENT) || statistic(s.ts, h.index()));
        if (event || lex.is(h.verb(), Role.NARRATIVE) || !h.modal() && lex.is(h.verb() + next, Role.NARRATIVE)) {
            s.story = true;
            return true;
        }
        if (s.story) {
            return true;
        }
        if (s.measures) {
            s.measures = false;
            return true;
        }
        return lex.is(h.verb(), Role.RESULT) && !s.out.isEmpty();
    }
}
