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
 * @param type     treaty, convention, agreement, memorandum, arrangement, plan, programme, declaration,
 *                 joint statement, resolution, charter, final document …
 * @param wikidata Wikidata QID where verified
 * @param english  its English name, where known (also among the aliases)
 * @param parties  the parties to it as its title or the gazetteer names them (苏联, 美国)
 * @param events   what is known of it: signing, draft, expiry, withdrawal … (see {@link Event})
 */
public record Instrument(String key, String title, List<String> aliases, String type, Optional<String> wikidata,
                         Optional<String> english, List<Party> parties, List<Event> events) {
    public Instrument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(wikidata, "wikidata");
        Objects.requireNonNull(english, "english");
        aliases = List.copyOf(aliases);
        parties = List.copyOf(parties);
        events = List.copyOf(events);
    }

    /** An instrument known only by its names and type. */
    public Instrument(String key, String title, List<String> aliases, String type, Optional<String> wikidata) {
        this(key, title, aliases, type, wikidata, Optional.empty(), List.of(), List.of());
    }
}
