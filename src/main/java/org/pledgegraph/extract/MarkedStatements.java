package org.pledgegraph.extract;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorMention;
import org.pledgegraph.tokenize.Token;

/**
 * Statements that hang on a marker word inside the clause rather than on the predicate that
 * opens it: the parties' aim (……的目标是……, an Undertaking 是) and an appeal after 应 (with
 * the non-party actors named before 应 as its addressees). Used by {@link SentenceReader}.
 */
final class MarkedStatements {
    private final Predicates lex;
    private final HeadFinder finder;

    MarkedStatements(Predicates lex, HeadFinder finder) {
        this.lex = lex;
        this.finder = finder;
    }

    /** 中俄……的目标是……: the parties' aim, an Undertaking with the verb 是. */
    boolean aim(Reading s, SentenceReader.Part c) {
        int goal = -1;
        for (int i = c.from(); i < c.to(); i++) {
            if (lex.is(s.ts.get(i).text(), Role.AIM)) {
                goal = i;
            }
        }
        if (goal < 0 || goal + 1 >= c.to() || !s.ts.get(goal + 1).text().equals("是")) {
            return false;
        }
        for (int i = c.subject().next(); i < goal; i++) {
            if (lex.isPredicate(s.ts.get(i).text())) {
                return false;
            }
        }
        Token is = s.ts.get(goal + 1);
        s.add(Kind.Undertaking, new Head(goal + 1, "是", is.begin(), false, Optional.empty(), false, false), Set.of());
        s.govern(false);
        return true;
    }

    /** An Appeal headed after 应 at ought, addressed to the non-party actors named before it. */
    void appeal(Reading s, SentenceReader.Part c, int ought) {
        Optional<Head> h = finder.head(s.ts, ought, c.to());
        if (h.isEmpty()) {
            return;
        }
        s.flush();
        Set<Actor> to = new HashSet<>();
        Token first = s.ts.get(c.from());
        for (ActorMention m : s.ms) {
            if (m.begin() >= first.begin() && m.begin() < s.ts.get(ought).begin()) {
                m.actors().stream().filter(a -> !s.parties.contains(a)).forEach(to::add);
            }
        }
        s.add(Kind.Appeal, h.get(), to);
        s.govern(true);
    }

    /**
     * ……得到匈方积极评价, ……受到巴方的欢迎: a passive whose agent is a party names that party's stance;
     * the clause holds that statement only (中方提出的 before it is a relative clause, no stance).
     */
    boolean passive(Reading s, SentenceReader.Part c) {
        for (int i = c.from(); i + 1 < c.to(); i++) {
            if (!s.ts.get(i).text().equals("得到") && !s.ts.get(i).text().equals("受到")) {
                continue;
            }
            int after = s.ts.get(i).end();
            for (ActorMention m : s.ms) {
                Set<Actor> who = new HashSet<>(m.actors());
                who.retainAll(s.parties);
                if (m.begin() != after || who.isEmpty()) {
                    continue;
                }
                int k = i + 1;
                while (k < c.to() && s.ts.get(k).end() <= m.end() || k < c.to() && s.ts.get(k).text().equals("的")) {
                    k++;
                }
                if (k < c.to() && lex.is(s.ts.get(k).text(), Role.STANCE)) {
                    Token t = s.ts.get(k);
                    s.flush();
                    s.speaker = who;
                    s.add(lex.kind(t.text()).orElse(Kind.Support), new Head(k, t.text(), t.begin(), false,
                            lex.kind(t.text()), false, false), Set.of());
                    return true;
                }
            }
        }
        return false;
    }
}
