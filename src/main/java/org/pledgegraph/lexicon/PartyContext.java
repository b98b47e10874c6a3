package org.pledgegraph.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves ambiguous forms against a document's parties: a party comes first, common use second.
 * 巴方 is Brazil in a China-Brazil statement and Pakistan where no party starts with 巴.
 */
final class PartyContext {
    private final Catalog catalog;
    private final List<Actor> parties;
    /** Thread-safe: a document's context serves every unit of it, on any worker. */
    private final Map<Character, Optional<Actor>> cache = new ConcurrentHashMap<>();

    /** The first characters of the party states' short names: with the catalog's abbreviations, all a character may abbreviate. */
    private final String initials;

    PartyContext(Catalog catalog, List<Actor> parties) {
        this.catalog = catalog;
        this.parties = List.copyOf(parties);
        StringBuilder sb = new StringBuilder();
        for (Actor party : this.parties) {
            if (party.type() == ActorType.STATE && !party.labelZh().isEmpty()) {
                sb.append(party.labelZh().charAt(0));
            }
        }
        this.initials = sb.toString();
    }

    List<Actor> parties() {
        return parties;
    }

    /** The first candidate that is a party, else the first candidate. */
    Actor choose(List<Actor> candidates) {
        return candidates.stream().filter(parties::contains).findFirst().orElse(candidates.get(0));
    }

    /** What a single character abbreviates here: a party state whose short name starts with it, else common use. */
    Optional<Actor> abbreviation(char c) {
        if (!catalog.abbreviates(c) && initials.indexOf(c) < 0) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(c, this::resolve);
    }

    private Optional<Actor> resolve(char c) {
        for (Actor party : parties) {
            if (party.type() == ActorType.STATE && party.labelZh().charAt(0) == c) {
                return Optional.of(party);
            }
        }
        List<Actor> common = catalog.abbreviations.get(c);
        return common == null ? Optional.empty() : Optional.of(choose(common));
    }
}
