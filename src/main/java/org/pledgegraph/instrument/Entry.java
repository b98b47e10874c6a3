package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of one instrument; grows as a file names it. The catalog's gazetteer entries are never changed
 * after load: a file works on its {@link #copy()} ({@link FileScope#own}). Not thread-safe.
 */
final class Entry {
    private final String key;
    private final String title;
    private final String type;
    private final Optional<String> wikidata;
    private final Optional<String> english;
    private final List<Party> parties;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<Event> events = new ArrayList<>();
    private Instrument snapshot;

    Entry(String key, String title, String type, Optional<String> wikidata, Optional<String> english,
          List<Party> parties) {
        this.key = key;
        this.title = title;
        this.type = type;
        this.wikidata = wikidata;
        this.english = english;
        this.parties = List.copyOf(parties);
    }

    /** A copy with the same names and events, that learns on its own. */
    Entry copy() {
        Entry c = new Entry(key, title, type, wikidata, english, parties);
        c.aliases.addAll(aliases);
        c.events.addAll(events);
        return c;
    }

    String key() {
        return key;
    }

    String type() {
        return type;
    }

    void alias(String name) {
        if (!Titles.norm(name).equals(Titles.norm(title)) && aliases.add(name)) {
            snapshot = null;
        }
    }

    void event(Event e) {
        if (events.stream().noneMatch(e::sameFact)) {
            events.add(e);
            snapshot = null;
        }
    }

    Instrument instrument() {
        if (snapshot == null) {
            snapshot = new Instrument(key, title, List.copyOf(aliases), type, wikidata, english, parties, events);
        }
        return snapshot;
    }
}
