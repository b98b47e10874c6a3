package org.pledgegraph.instrument;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalog learns while reading one file, shared by the documents of that file and dropped after it:
 * the instruments it names by a title, the aliases and short names it defines, and what it says of each
 * instrument (aliases, events). Gazetteer instruments are copied in before they learn anything, so nothing a
 * file teaches reaches another file or the shared catalog. Get one from {@link InstrumentCatalog#newFile()}.
 * Not thread-safe: one thread reads one file.
 */
public final class FileScope {
    /** The entries of the file, by key: gazetteer copies and instruments the file named. */
    private final Map<String, Entry> entries = new HashMap<>();
    /** Names the file made known (normalised), disjoint from the gazetteer's. */
    private final Map<String, Entry> byName = new HashMap<>();
    /** The specific names of byName. */
    private final NameTrie specificNames = new NameTrie();
    /** The instruments referred to, in order of first reference. */
    private final Map<String, Entry> seen = new LinkedHashMap<>();

    FileScope() {
    }

    /** Every instrument the file referred to so far, each once, as the file knows it now. */
    public Collection<Instrument> instruments() {
        return seen.values().stream().map(Entry::instrument).toList();
    }

    /** This file's own entry for a gazetteer entry: a copy made at first use. */
    Entry own(Entry shared) {
        return entries.computeIfAbsent(shared.key(), k -> shared.copy());
    }

    Optional<Entry> named(String normalised) {
        return Optional.ofNullable(byName.get(normalised));
    }

    /** Learns a normalised name for e; the entry the name already named, if another. */
    Optional<Entry> learn(String normalised, Entry e, boolean specific) {
        Entry before = byName.putIfAbsent(normalised, e);
        if (before == null && specific) {
            specificNames.add(normalised);
        }
        return before == null || before == e ? Optional.empty() : Optional.of(before);
    }

    NameTrie specificNames() {
        return specificNames;
    }

    void referred(Entry e) {
        seen.putIfAbsent(e.key(), e);
    }
}
