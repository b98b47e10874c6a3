package org.pledgegraph.lexicon;

import java.util.Objects;
import java.util.Optional;

/**
 * A party to a statement, or an actor the parties speak about.
 *
 * @param id       stable identifier: the alpha-3 code for a state ("CHN"), a slug otherwise ("united-nations")
 * @param type     state, organisation or group
 * @param code     ISO 3166-1 alpha-3 code for states, empty otherwise
 * @param labelZh  Chinese name
 * @param labelEn  English name
 * @param wikidata Wikidata QID ("Q148") where verified, empty otherwise
 */
public record Actor(String id, ActorType type, Optional<String> code, String labelZh, String labelEn,
                    Optional<String> wikidata) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(wikidata, "wikidata");
        if (id.isBlank()) {
            throw new IllegalArgumentException("actor id is blank");
        }
        if (type == ActorType.STATE && code.isEmpty()) {
            throw new IllegalArgumentException("a state needs its ISO code: " + id);
        }
    }
}
