package org.pledgegraph.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named document that statements refer to: treaty, convention, plan, resolution …
 *
 * @param key      stable key derived from the canonical title (or the gazetteer's key)
 * @param title    canonical full title, without 《》
 * @param aliases  every other name used for it (short titles, abbreviations, English names)
 * @param type     treaty, convention, agreement, memorandum, plan, programme, declaration,
 *                 joint statement, resolution, charter, final document …
 * @param wikidata Wikidata QID where verified
 */
public record Instrument(String key, String title, List<String> aliases, String type, Optional<String> wikidata) {
    public Instrument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wikidata, "wikidata");
        aliases = List.copyOf(aliases);
    }
}
