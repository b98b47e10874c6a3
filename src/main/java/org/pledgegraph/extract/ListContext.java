package org.pledgegraph.extract;

import java.util.Objects;
import java.util.Set;
import org.pledgegraph.lexicon.Actor;

/**
 * What a lead-in (双方将采取以下措施：) passes to the items that follow it.
 *
 * @param parties the parties that speak in the items
 * @param kind    the kind of the items' statements
 * @param verb    the verb of an item that is a bare noun phrase
 */
record ListContext(Set<Actor> parties, Kind kind, String verb) {
    ListContext {
        parties = Set.copyOf(parties);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verb, "verb");
    }
}
