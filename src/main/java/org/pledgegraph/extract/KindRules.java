package org.pledgegraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorMention;
import org.pledgegraph.tokenize.Token;

/** Which kind a head predicate gives its statement, and whom an appeal addresses. */
final class KindRules {
    private final Predicates lex;

    KindRules(Predicates lex) {
        this.lex = lex;
    }

    /** True if a predicate ends a governed stretch: a stance of another kind, or a new unmodalised commitment. */
    boolean breaksOut(Head h) {
        Optional<Kind> k = stanceKind(h);
        return k.isPresent() && (k.get() != Kind.Undertaking || !h.modal());
    }

    /**
     * True if a subjectless clause after a clause-taking governor is a statement of its own: only
     * another clause-taking stance is (强调……，重申……); an object-taking one stays inside the
     * governed stretch (重申坚持……，支持……), and so does a predicate that also takes an object
     * (重申……，反对一切形式的保护主义: one Position).
     */
    boolean breaksOutBare(Head h) {
        return breaksOut(h) && !lex.is(h.verb(), Role.STANCE)
                && (lex.is(h.verb(), Role.CLAUSE) || h.negated() && lex.is("不" + h.verb(), Role.CLAUSE));
    }

    /** The kind the head's own word carries (clause-taking or stance predicates only). */
    Optional<Kind> stanceKind(Head h) {
        if (h.negated() && lex.kind("不" + h.verb()).isPresent()) {
            return lex.kind("不" + h.verb());
        }
        if (lex.is(h.verb(), Role.CLAUSE) || lex.is(h.verb(), Role.STANCE)) {
            return lex.kind(h.verb());
        }
        return Optional.empty();
    }

    /**
     * The kind of a head in the parties' mouth: its own, an assertion (是), a wish for their own aims, or the list's.
     * A modal before an object-taking stance makes it the parties' course (将继续支持…… is an Undertaking).
     */
    Kind kindOf(Head h, List<Token> ts, List<ActorMention> ms, Set<Actor> speakers, Optional<ListContext> ctx) {
        Optional<Kind> own = stanceKind(h);
        if (own.isPresent() && lex.is(h.verb(), Role.WISH) && addressees(h, ts, ms, speakers).isEmpty()) {
            return Kind.Undertaking;
        }
        if (own.isPresent() && h.modal() && lex.is(h.verb(), Role.STANCE) && !lex.is(h.verb(), Role.CLAUSE)) {
            return Kind.Undertaking;
        }
        boolean assertion = lex.is(h.verb(), Role.ASSESS) || lex.is(h.verb(), Role.HAVE);
        if (own.isEmpty() && assertion && !h.modal() && ctx.isEmpty()) {
            return Kind.Position;
        }
        return own.orElse(ctx.map(ListContext::kind).orElse(Kind.Undertaking));
    }

    /**
     * Actors other than the statement's own speakers named right after an appeal's verb
     * (呼吁国际社会……; 法方期待巴方……: the other party of the document is asked too).
     */
    Set<Actor> addressees(Head h, List<Token> ts, List<ActorMention> ms, Set<Actor> speakers) {
        Set<Actor> to = new HashSet<>();
        int end = ts.get(h.index()).end();
        boolean shortNext = h.index() + 1 < ts.size() && ts.get(h.index() + 1).text().length() == 1;
        for (ActorMention m : ms) {
            if (m.begin() == end || shortNext && m.begin() == end + 1) {
                m.actors().stream().filter(a -> !speakers.contains(a)).forEach(to::add);
            }
        }
        return to;
    }
}
