package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final Names names;
    private final MentionFinder finder;
    private final EventReader events;
    private final Map<String, Entry> seen = new LinkedHashMap<>();

    private InstrumentCatalog(HeadNouns heads, Parties parties, Anaphora anaphora, Numbered numbered,
                              Gazetteer gazetteer) {
        this.names = new Names(heads, parties, numbered, gazetteer);
        this.finder = new MentionFinder(heads, anaphora, parties, numbered);
        this.events = EventReader.load(parties);
    }

    /** A catalog that knows the instruments of the gazetteer. */
    public static InstrumentCatalog load() {
        Parties parties = Parties.load();
        return new InstrumentCatalog(HeadNouns.load(), parties, Anaphora.load(), Numbered.load(), Gazetteer.load());
    }

    /** Every instrument reference per unit of doc (one list per unit, same order as doc.units()). */
    public List<List<Reference>> find(Document doc) {
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
     * finds them (anaphors only in the first, so that none refers forward). Mentions are found without the lock (the
     * scope is this document's), only resolving them to entries takes it. */
    private List<Reference> unit(String text, Scope scope) {
        List<Reference> refs = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            List<Mention> mentions = finder.find(text, names.occurrences(text, scope));
            synchronized (this) {
                for (Mention m : mentions) {
                    boolean fresh = refs.stream().noneMatch(r -> r.begin() < m.end() && m.begin() < r.end());
                    if (fresh && (pass == 0 || m.anaphor().isEmpty())) {
                        reference(text, m, scope).ifPresent(refs::add);
                    }
                }
            }
        }
        refs.sort(Comparator.comparingInt(Reference::begin));
        return refs;
    }

    private Optional<Reference> reference(String text, Mention m, Scope scope) {
        Optional<Entry> e = m.anaphor().isPresent() ? scope.latest(m.anaphor().get().compatible()) : names.named(m, scope);
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
}
