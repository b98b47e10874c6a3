package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What one document has named so far: the instruments in order, and names valid only in it. */
final class Scope {
    private final String document;
    private final List<Entry> recent = new ArrayList<>();
    private final Map<String, Entry> localNames = new HashMap<>();

    Scope(String document) {
        this.document = document;
    }

    String document() {
        return document;
    }

    void named(Entry e) {
        recent.remove(e);
        recent.add(e);
    }

    /** Whether the document named e's instrument (e may be the catalog's entry, the scope holds the file's copy). */
    boolean contains(Entry e) {
        for (Entry r : recent) {
            if (r.key().equals(e.key())) {
                return true;
            }
        }
        return false;
    }

    /** The {@code count} most recently named instruments of the types (fewer if fewer were named), in naming order. */
    List<Entry> latest(Set<String> types, int count) {
        List<Entry> found = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && found.size() < count; i--) {
            if (types.contains(recent.get(i).type())) {
                found.add(0, recent.get(i));
            }
        }
        return found;
    }

    void local(String name, Entry e) {
        localNames.put(Titles.norm(name), e);
    }

    Optional<Entry> local(String name) {
        return Optional.ofNullable(localNames.get(Titles.norm(name)));
    }

    Set<String> localNames() {
        return localNames.keySet();
    }
}
