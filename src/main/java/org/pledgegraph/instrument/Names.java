package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of instruments and what each names: the gazetteer's, those learnt from the texts
 * (titles, defined aliases), short names valid once the instrument was named in a document, and
 * names valid in one document only. Creates an instrument for a title it does not know. Not
 * thread-safe: the catalog guards it, except {@link #occurrences}.
 */
final class Names {
    private static final Logger LOG = LoggerFactory.getLogger(Names.class);
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .\\-]*");

    private final HeadNouns heads;
    private final Parties parties;
    private final Numbered numbered;
    private final Map<String, Entry> byName = new HashMap<>();
    /** Written only while loading, read without the catalog's lock. */
    private final Map<String, Entry> contextNames = new HashMap<>();
    /** The specific names of byName, kept as names are learnt. */
    private final NameTrie specificNames = new NameTrie();

    Names(HeadNouns heads, Parties parties, Numbered numbered, Gazetteer gazetteer) {
        this.heads = heads;
        this.parties = parties;
        this.numbered = numbered;
        gazetteer.entries().forEach(this::preload);
    }

    /**
     * Where the names to look for occur in text, longest first, then leftmost: known names long enough to be
     * specific, short names of instruments the scope has named, and the scope's own names. Needs no lock: it
     * reads the grow-only trie of specific names, the context names fixed at load, and the caller's scope.
     */
    List<NameTrie.Hit> occurrences(String text, Scope scope) {
        List<NameTrie.Hit> hits = new ArrayList<>();
        specificNames.findAll(text, hits);
        contextNames.forEach((n, e) -> {
            if (scope.contains(e)) {
                occurrences(text, n, hits);
            }
        });
        scope.localNames().forEach(n -> occurrences(text, n, hits));
        hits.sort(Comparator.comparingInt(NameTrie.Hit::length).reversed().thenComparingInt(NameTrie.Hit::begin));
        return hits;
    }

    private static void occurrences(String text, String name, List<NameTrie.Hit> hits) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            hits.add(new NameTrie.Hit(i, i + name.length()));
        }
    }

    private static boolean specific(String name) {
        return LATIN.matcher(name).matches() ? name.length() >= 3 : name.length() >= 4;
    }

    /** The instrument a named mention names, known or new; none if its title names no instrument. */
    Optional<Entry> named(Mention m, Scope scope) {
        Optional<Entry> known = m.prefixed().flatMap(p -> lookup(p, scope)).or(() -> lookup(m.name(), scope));
        for (int i = 0; known.isEmpty() && i < m.defined().size(); i++) {
            known = lookup(m.defined().get(i), scope);
        }
        Optional<Entry> e = known.or(() -> create(m.name(), scope));
        e.ifPresent(entry -> names(entry, m, scope));
        return e;
    }

    private Optional<Entry> lookup(String name, Scope scope) {
        String n = Titles.norm(name);
        Optional<Entry> local = scope.local(n);
        if (local.isPresent()) {
            return local;
        }
        Entry e = byName.getOrDefault(n, byName.get(Titles.norm(Titles.withoutPeriod(name))));
        if (e == null && contextNames.containsKey(n) && scope.contains(contextNames.get(n))) {
            e = contextNames.get(n);
        }
        return Optional.ofNullable(e);
    }

    private Optional<Entry> create(String title, Scope scope) {
        Optional<Numbered.Name> numberedName = numbered.of(title);
        if (numberedName.isPresent()) {
            return Optional.of(numbered(numberedName.get(), scope));
        }
        Optional<Head> head = heads.headOf(title);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String type = head.get().type();
        if (heads.words().contains(title)) {
            Entry e = new Entry(Keys.of(type, title + "@" + scope.document()), title, type, Optional.empty(),
                    Optional.empty(), List.of());
            scope.local(title, e);
            return Optional.of(e);
        }
        Entry e = new Entry(Keys.of(type, title), title, type, Optional.empty(), Optional.empty(),
                parties.ofTitle(title));
        index(title, e);
        String bare = Titles.withoutPeriod(title);
        if (!bare.equals(title)) {
            e.alias(bare);
            index(bare, e);
        }
        return Optional.of(e);
    }

    private Entry numbered(Numbered.Name n, Scope scope) {
        Entry e = new Entry(n.key(), n.title(), n.type(), Optional.empty(), Optional.of(n.english()), List.of());
        index(n.title(), e);
        n.aliases().forEach(a -> {
            e.alias(a);
            index(a, e);
        });
        n.local().forEach(a -> {
            e.alias(a);
            scope.local(a, e);
        });
        e.alias(n.english());
        return e;
    }

    /** Records the names a mention uses or defines for the instrument. */
    private void names(Entry e, Mention m, Scope scope) {
        e.alias(m.name());
        numbered.of(e.instrument().title()).ifPresent(n -> n.local().forEach(a -> scope.local(a, e)));
        for (String d : m.defined()) {
            e.alias(d);
            if (heads.words().contains(d)) {
                scope.local(d, e);
            } else {
                index(d, e);
            }
        }
        m.short_().ifPresent(s -> {
            e.alias(s);
            scope.local(s, e);
        });
    }

    private void index(String name, Entry e) {
        String n = Titles.norm(name);
        Entry before = byName.putIfAbsent(n, e);
        if (before == null && specific(n)) {
            specificNames.add(n);
        }
        if (before != null && before != e) {
            LOG.warn("name {} already names instrument {}, not {}", name, before.key(), e.key());
        }
    }

    private void preload(GazetteerEntry g) {
        Entry e = new Entry(g.key(), g.title(), g.type(), g.wikidata(), g.english().stream().findFirst(),
                parties.ofTitle(g.title()));
        index(g.title(), e);
        g.aliases().forEach(a -> {
            e.alias(a);
            index(a, e);
        });
        g.english().forEach(a -> {
            e.alias(a);
            index(a, e);
        });
        g.contextAliases().forEach(a -> {
            e.alias(a);
            contextNames.put(Titles.norm(a), e);
        });
        g.signed().ifPresent(d -> e.event(new Event(EventType.signed, Optional.of(d), g.place(), Optional.empty(),
                "gazetteer: " + g.source())));
    }
}
