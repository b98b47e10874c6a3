package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the instruments a document refers to and links every name of one instrument to one
 * {@link Instrument}, across documents and files. Thread-safe: one catalog is shared by a run.
 */
public final class InstrumentCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentCatalog.class);
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9 .\\-]*");

    private final HeadNouns heads;
    private final Parties parties;
    private final Numbered numbered;
    private final MentionFinder finder;
    private final EventReader events;
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> contextNames = new HashMap<>();
    private final Map<String, Entry> seen = new LinkedHashMap<>();

    private InstrumentCatalog(HeadNouns heads, Parties parties, Anaphora anaphora, Numbered numbered,
                              Gazetteer gazetteer) {
        this.heads = heads;
        this.parties = parties;
        this.numbered = numbered;
        this.finder = new MentionFinder(heads, anaphora, parties, numbered);
        this.events = EventReader.load(parties);
        gazetteer.entries().forEach(this::preload);
    }

    /** A catalog that knows the instruments of the gazetteer. */
    public static InstrumentCatalog load() {
        Parties parties = Parties.load();
        return new InstrumentCatalog(HeadNouns.load(), parties, Anaphora.load(), Numbered.load(), Gazetteer.load());
    }

    /** Every instrument reference per unit of doc (one list per unit, same order as doc.units()). */
    public synchronized List<List<Reference>> find(Document doc) {
        Scope scope = new Scope(doc.source().name() + "#" + doc.ordinal() + "#" + doc.title());
        List<List<Reference>> all = new ArrayList<>();
        for (Unit u : doc.units()) {
            all.add(unit(u.plain(), scope));
        }
        return all;
    }

    /** Every instrument seen so far (for the RDF writer), each once, as known now. */
    public synchronized Collection<Instrument> instruments() {
        return seen.values().stream().map(Entry::instrument).toList();
    }

    /** Names the unit itself makes known (an alias defined, an instrument named) apply to the rest of it: a second pass
     * finds them (anaphors only in the first, so that none refers forward). */
    private List<Reference> unit(String text, Scope scope) {
        List<Reference> refs = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Mention m : finder.find(text, searchable(scope))) {
                boolean fresh = refs.stream().noneMatch(r -> r.begin() < m.end() && m.begin() < r.end());
                if (fresh && (pass == 0 || m.anaphor().isEmpty())) {
                    reference(text, m, scope).ifPresent(refs::add);
                }
            }
        }
        refs.sort(Comparator.comparingInt(Reference::begin));
        return refs;
    }

    private Optional<Reference> reference(String text, Mention m, Scope scope) {
        Optional<Entry> e = m.anaphor().isPresent() ? scope.latest(m.anaphor().get().compatible()) : named(m, scope);
        if (e.isEmpty()) {
            LOG.debug("{}: no instrument for {}", scope.document(), m.name());
            return Optional.empty();
        }
        Entry entry = e.get();
        events.read(text, m.begin(), m.end()).forEach(entry::event);
        scope.named(entry);
        seen.putIfAbsent(entry.key(), entry);
        return Optional.of(new Reference(entry.instrument(), m.begin(), m.end(), m.anaphor().isPresent(), m.article()));
    }

    /** Names to look for in running text: known names long enough to be specific, longest first. */
    private List<String> searchable(Scope scope) {
        List<String> names = new ArrayList<>();
        byName.keySet().stream().filter(InstrumentCatalog::specific).forEach(names::add);
        contextNames.forEach((n, e) -> {
            if (scope.contains(e)) {
                names.add(n);
            }
        });
        names.addAll(scope.localNames());
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    private static boolean specific(String name) {
        return LATIN.matcher(name).matches() ? name.length() >= 3 : name.length() >= 4;
    }

    private Optional<Entry> named(Mention m, Scope scope) {
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
        Entry before = byName.putIfAbsent(Titles.norm(name), e);
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
