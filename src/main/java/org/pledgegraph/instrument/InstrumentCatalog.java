package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the instruments a document refers to and links every name of one instrument to one {@link Instrument}
 * within a file. What a file teaches (instruments named by a title, aliases it defines, events it states) lives in
 * the {@link FileScope} of that file only, so a file's extraction does not depend on the files read before it. Keys
 * derive from titles (or the gazetteer), so one instrument has one key, and one node, across files. Immutable after
 * {@link #load()}, so thread-safe: one catalog serves files read in parallel, each with its own FileScope.
 */
public final class InstrumentCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentCatalog.class);

    private final Names names;
    private final MentionFinder finder;
    private final EventReader events;

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

    /** A fresh scope for the documents of one file, to pass to {@link #find(Document, FileScope)}. */
    public FileScope newFile() {
        return new FileScope();
    }

    /** Every instrument reference per unit of doc, read as a file of its own (see {@link #find(Document, FileScope)}). */
    public List<List<Reference>> find(Document doc) {
        return find(doc, newFile());
    }

    /**
     * Every instrument reference per unit of doc (one list per unit, same order as doc.units()); names and facts
     * learnt from doc go to {@code file}, whose earlier documents' names doc may use.
     */
    public List<List<Reference>> find(Document doc, FileScope file) {
        Scope scope = new Scope(doc.source().name() + "#" + doc.ordinal() + "#" + doc.title());
        List<List<Reference>> all = new ArrayList<>();
        for (Unit u : doc.units()) {
            all.add(unit(u.plain(), scope, file));
        }
        return all;
    }

    /** Names the unit itself makes known (an alias defined, an instrument named) apply to the rest of it: a second pass
     * finds them (anaphors only in the first, so that none refers forward). What the text alone shows (mentions
     * by their form, the gazetteer's names) is read once; the second pass looks for no anaphors, as it would skip them. */
    private List<Reference> unit(String text, Scope scope, FileScope file) {
        List<Reference> refs = new ArrayList<>();
        List<Mention> written = finder.written(text);
        List<NameTrie.Hit> gazetteerNames = names.gazetteerOccurrences(text);
        for (int pass = 0; pass < 2; pass++) {
            boolean anaphors = pass == 0;
            List<NameTrie.Hit> known = names.occurrences(text, gazetteerNames, scope, file);
            for (Mention m : finder.find(text, written, known, anaphors)) {
                if (free(refs, m) && (anaphors || m.anaphor().isEmpty())) {
                    refs.addAll(references(text, m, scope, file));
                }
            }
        }
        refs.sort(Comparator.comparingInt(Reference::begin));
        return refs;
    }

    private static boolean free(List<Reference> refs, Mention m) {
        for (Reference r : refs) {
            if (r.begin() < m.end() && m.begin() < r.end()) {
                return false;
            }
        }
        return true;
    }

    /** The instruments a mention refers to: one, or for a counted anaphor (上述两份文件) as many as it counts. */
    private List<Reference> references(String text, Mention m, Scope scope, FileScope file) {
        List<Entry> entries = m.anaphor().isEmpty() ? names.named(m, scope, file).stream().toList()
                : scope.latest(m.anaphor().get().compatible(), m.count());
        if (entries.isEmpty()) {
            LOG.debug("{}: no instrument for {}", scope.document(), m.name());
        }
        List<Reference> refs = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            events.read(text, m.begin(), m.end()).forEach(entry::event);
            scope.named(entry);
            file.referred(entry);
            refs.add(new Reference(entry.instrument(), m.begin(), m.end(), m.anaphor().isPresent(), m.article()));
        }
        return refs;
    }
}
