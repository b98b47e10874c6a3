package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorMention;
import org.pledgegraph.tokenize.Token;

/** The mutable state of one reading of a unit by {@link SentenceReader}, and the statements it made. */
final class Reading {
    final List<Token> ts;
    final List<ActorMention> ms;
    final List<Actor> parties;
    final Optional<ListContext> ctx;
    final boolean leadIn;
    private final Assessment assessment;
    private final Clauses clauses;
    final List<Statement> out = new ArrayList<>();
    final List<SentenceReader.Part> run = new ArrayList<>();
    Set<Actor> speaker;
    boolean governing;
    /** The governed stretch is an appeal to others (各国应……): a party subject after it speaks for itself. */
    boolean byOught;
    /** The governing Position took its object in its own clause (注意到<NP>，……): a later 愿 clause is the speaker's own. */
    boolean inlineObject;
    /**
     * The governing light verb took a noun stance in its own clause (表示深切同情): a later
     * 并将…… clause is the speaker's further course, not its object.
     */
    boolean nounStance;
    /** How many clauses the governing predicate has taken so far (0 right after it). */
    int governed;
    boolean measures;
    boolean openFrame;
    boolean story;

    Reading(List<Token> ts, List<ActorMention> ms, List<Actor> parties, Optional<ListContext> ctx, boolean leadIn,
            Assessment assessment, Clauses clauses) {
        this.ts = ts;
        this.ms = ms;
        this.parties = parties;
        this.ctx = ctx;
        this.leadIn = leadIn;
        this.assessment = assessment;
        this.clauses = clauses;
    }

    /**
     * The statement just made governs the clauses after it: {@code byOught} if an 应 made it; the flags about
     * its own clause's object start unset (a stance that took one sets them after this).
     */
    void govern(boolean byOught) {
        governing = true;
        this.byOught = byOught;
        inlineObject = false;
        nounStance = false;
    }

    /** Who a statement made now speaks for: the speaker, else the list's parties, else all the parties. */
    Set<Actor> who() {
        return speaker != null ? speaker : ctx.map(ListContext::parties).orElse(new HashSet<>(parties));
    }

    /** Adds a statement by the speaker, else the list's parties, else all the parties. */
    void add(Kind kind, Head h, Set<Actor> addressees) {
        Set<Actor> who = who();
        if (who.isEmpty()) {
            return;
        }
        out.add(new Statement(who, kind, h.verb(), h.at(), h.negated(), addressees));
    }

    /**
     * Emits the pending run of assessment clauses as one Position (or one Concern); clauses that
     * tell what was done are left out.
     */
    void flush() {
        if (run.isEmpty()) {
            return;
        }
        List<SentenceReader.Part> pending = run.stream().filter(c -> !clauses.tells(ts, c)).toList();
        run.clear();
        if (pending.isEmpty()) {
            return;
        }
        if (leadIn) {
            return;
        }
        Set<Actor> keep = speaker;
        speaker = null;
        assessment.read(ts, pending).ifPresent(r -> add(r.kind(), r.head(), Set.of()));
        speaker = keep;
    }
}
