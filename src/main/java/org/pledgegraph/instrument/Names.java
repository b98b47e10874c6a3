package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of instruments and what each names: the gazetteer's, fixed at load, and those a file makes known
 * (titles, defined aliases), kept in its {@link FileScope}; short names valid once the instrument was named in a
 * document, and names valid in one document only ({@link Scope}). Creates an instrument for a title it does not
 * know. Immutable after load, so thread-safe; all it learns goes to the caller's file and document scopes.
 */
final class Names {
    private static final Logger LOG = LoggerFactory.getLogger(Names.class);
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .\\-]*");

    private final HeadNouns heads;
    private final Parties parties;
    private final Numbered numbered;
    /** The gazetteer's names (normalised); its entries are only ever copied into a file's scope. */
    private final Map<String, Entry> byName;
    /** Short names valid once the document named their instrument. */
    private final Map<String, Entry> contextNames;
    /** The specific names of byName. */
    private final NameTrie specificNames = new NameTrie();

    Names(HeadNouns heads, Parties parties, Numbered numbered, Gazetteer gazetteer) {
        this.heads = heads;
        this.parties = parties;
        this.numbered = numbered;
        Map<String, Entry> names = new HashMap<>();
        Map<String, Entry> context = new HashMap<>();
        gazetteer.entries().forEach(g -> preload(g, names, context));
        this.byName = Collections.unmodifiableMap(names);
        this.contextNames = Collections.unmodifiableMap(context);
    }

    /** Where the gazetteer's specific names occur in text: fixed at load, so the same for every pass over a text. */
    List<NameTrie.Hit> gazetteerOccurrences(String text) {
        List<NameTrie.Hit> hits = new ArrayList<>();
        specificNames.findAll(text, hits);
        return List.copyOf(hits);
    }

    /**
     * Where the names to look for occur in text, longest first, then leftmost: known names long enough to be
     * specific (the gazetteer's, given as {@code gazetteer} = {@link #gazetteerOccurrences(String)} of text, and the
     * file's), short names of instruments the scope has named, and the scope's own names.
     */
    List<NameTrie.Hit> occurrences(String text, List<NameTrie.Hit> gazetteer, Scope scope, FileScope file) {
        List<NameTrie.Hit> hits = new ArrayList<>(gazetteer);
        file.specificNames().findAll(text, hits);
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

    /** The file's entry for the instrument a named mention names, known or new; none if its title names none. */
    Optional<Entry> named(Mention m, Scope scope, FileScope file) {
        Optional<Entry> known = m.prefixed().flatMap(p -> lookup(p, scope, file)).or(() -> lookup(m.name(), scope, file));
        for (int i = 0; known.isEmpty() && i < m.defined().size(); i++) {
            known = lookup(m.defined().get(i), scope, file);
        }
        Optional<Entry> e = known.or(() -> create(m.name(), scope, file));
        e.ifPresent(entry -> names(entry, m, scope, file));
        return e;
    }

    private Optional<Entry> lookup(String name, Scope scope, FileScope file) {
        String n = Titles.norm(name);
        Optional<Entry> local = scope.local(n);
        if (local.isPresent()) {
            return local;
        }
        Optional<Entry> e = known(n, file).or(() -> known(Titles.norm(Titles.withoutPeriod(name)), file));
        if (e.isEmpty() && contextNames.containsKey(n) && scope.contains(contextNames.get(n))) {
            e = Optional.of(file.own(contextNames.get(n)));
        }
        return e;
    }

    /** The file's entry for a normalised name of the gazetteer or of the file. */
    private Optional<Entry> known(String n, FileScope file) {
        Entry g = byName.get(n);
        return g != null ? Optional.of(file.own(g)) : file.named(n);
    }

    private Optional<Entry> create(String title, Scope scope, FileScope file) {
        Optional<Numbered.Name> numberedName = numbered.of(title);
        if (numberedName.isPresent()) {
            return Optional.of(numbered(numberedName.get(), scope, file));
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
        index(title, e, file);
        String bare = Titles.withoutPeriod(title);
        if (!bare.equals(title)) {
            e.alias(bare);
            index(bare, e, file);
        }
        return Optional.of(e);
    }

    private Entry numbered(Numbered.Name n, Scope scope, FileScope file) {
        Entry e = new Entry(n.key(), n.title(), n.type(), Optional.empty(), Optional.of(n.english()), List.of());
        index(n.title(), e, file);
        n.aliases().forEach(a -> {
            e.alias(a);
            index(a, e, file);
        });
        n.local().forEach(a -> {
            e.alias(a);
            scope.local(a, e);
        });
        e.alias(n.english());
        return e;
    }

    /** Records the names a mention uses or defines for the instrument. */
    private void names(Entry e, Mention m, Scope scope, FileScope file) {
        e.alias(m.name());
        numbered.of(e.instrument().title()).ifPresent(n -> n.local().forEach(a -> scope.local(a, e)));
        for (String d : m.defined()) {
            e.alias(d);
            if (heads.words().contains(d)) {
                scope.local(d, e);
            } else {
                index(d, e, file);
            }
        }
        m.short_().ifPresent(s -> {
            e.alias(s);
            scope.local(s, e);
        });
    }

    /** A name the file makes known for e, unless the gazetteer or the file already gave it to an instrument. */
    private void index(String name, Entry e, FileScope file) {
        String n = Titles.norm(name);
        Entry gazetteer = byName.get(n);
        Optional<Entry> before = gazetteer != null ? Optional.of(gazetteer) : file.learn(n, e, specific(n));
        before.filter(b -> !b.key().equals(e.key())).ifPresent(b ->
                LOG.warn("name {} already names instrument {}, not {}", name, b.key(), e.key()));
    }

    private void preload(GazetteerEntry g, Map<String, Entry> names, Map<String, Entry> context) {
        Entry e = new Entry(g.key(), g.title(), g.type(), g.wikidata(), g.english().stream().findFirst(),
                parties.ofTitle(g.title()));
        index(g.title(), e, names);
        g.aliases().forEach(a -> {
            e.alias(a);
            index(a, e, names);
        });
        g.english().forEach(a -> {
            e.alias(a);
            index(a, e, names);
        });
        g.contextAliases().forEach(a -> {
            e.alias(a);
            context.put(Titles.norm(a), e);
        });
        g.signed().ifPresent(d -> e.event(new Event(EventType.signed, Optional.of(d), g.place(), Optional.empty(),
                "gazetteer: " + g.source())));
    }

    private void index(String name, Entry e, Map<String, Entry> names) {
        String n = Titles.norm(name);
        Entry before = names.putIfAbsent(n, e);
        if (before == null && specific(n)) {
            specificNames.add(n);
        }
        if (before != null && before != e) {
            LOG.warn("gazetteer: name {} already names instrument {}, not {}", name, before.key(), e.key());
        }
    }
}
