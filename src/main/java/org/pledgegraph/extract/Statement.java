package org.pledgegraph.extract;

import java.util.Objects;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;

/**
 * One stance taken by one or more parties, read from one unit.
 *
 * @param parties    the parties that hold the stance (never empty)
 * @param kind       kind of stance
 * @param verb       the governing predicate as written
 * @param verbAt     offset of the verb in the unit's text, or -1 if it is inherited from a lead-in
 * @param negated    true when the predicate is negated (不, 绝不, 不得 …)
 * @param addressees for appeals: whom the parties ask (国际社会, 核武器国家 …); empty otherwise
 */
public record Statement(Set<Actor> parties, Kind kind, String verb, int verbAt, boolean negated,
                        Set<Actor> addressees) {
    public Statement {
        parties = Set.copyOf(parties);
        addressees = Set.copyOf(addressees);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verb, "verb");
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("a statement needs a party: " + verb);
        }
        if (verb.isBlank()) {
            throw new IllegalArgumentException("a statement needs a verb");
        }
    }
}
