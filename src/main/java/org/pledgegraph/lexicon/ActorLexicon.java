package org.pledgegraph.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgegraph.read.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who the parties of a statement are and which actor every mention names. States come from the
 * JDK's CLDR data (any ISO 3166-1 country, with formal names reached by rule); organisations,
 * groups, abbreviations and exceptions come from the data files next to this class.
 * Immutable once loaded and safe to share between threads.
 */
public final class ActorLexicon {
    private static final Logger LOG = LoggerFactory.getLogger(ActorLexicon.class);

    /**
     * The party given to statements of a document whose parties cannot be recognised: a group with
     * id {@code unknown}, so that its statements are still extracted (with a warning).
     */
    public static final Actor UNKNOWN_PARTY = new Actor("unknown", ActorType.GROUP, Optional.empty(),
            "未识别的一方", "unknown party", Optional.empty());

    private static volatile ActorLexicon shared;

    /** Bounds the memory of {@link #contexts}: a corpus has a few hundred lists of parties. */
    private static final int MAX_CONTEXTS = 10_000;
    private final Catalog catalog;
    private final Map<List<Actor>, PartyContext> contexts = new ConcurrentHashMap<>();
    private final PartyReader partyReader;
    private final Set<String> terms;

    private ActorLexicon(Catalog catalog) {
        this.catalog = catalog;
        this.partyReader = new PartyReader(catalog);
        this.terms = Set.copyOf(collectTerms(catalog));
    }

    /**
     * The lexicon, loaded on first use and shared after that (it is immutable). A bad data row
     * fails with a {@link org.pledgegraph.data.DataFileException} naming file and line.
     */
    public static ActorLexicon load() {
        ActorLexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (ActorLexicon.class) {
                if (shared == null) {
                    shared = new ActorLexicon(Catalog.load());
                    LOG.debug("actor lexicon: {} actors, {} terms", shared.catalog.actors.size(), shared.terms.size());
                }
                lexicon = shared;
            }
        }
        return lexicon;
    }

    /** The parties of a document, read from its title and opening units (preamble); empty if none is found. */
    public List<Actor> parties(Document doc) {
        Objects.requireNonNull(doc, "doc");
        return partyReader.read(doc);
    }

    /**
     * Actor mentions in a normalised text (Unit.plain), longest match first, non-overlapping,
     * resolved against the document's parties; in text order.
     */
    public List<ActorMention> mentions(String plain, List<Actor> parties) {
        Objects.requireNonNull(plain, "plain");
        return new MentionFinder(catalog, context(parties), plain).find();
    }

    /** The context of a list of parties, made once for all the units of the documents with those parties. */
    private PartyContext context(List<Actor> parties) {
        if (contexts.size() > MAX_CONTEXTS) {
            contexts.clear();
        }
        return contexts.computeIfAbsent(List.copyOf(parties), p -> new PartyContext(catalog, p));
    }

    /** Surface forms worth adding to the tokenizer's dictionary (country names, X方 forms, collectives …). */
    public Set<String> terms() {
        return terms;
    }

    /** An actor by id (alpha-3 code for a state, slug otherwise), if known. */
    public Optional<Actor> actor(String id) {
        return catalog.actor(id);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static Set<String> collectTerms(Catalog catalog) {
        Set<String> all = new TreeSet<>(catalog.names.keySet());
        all.addAll(catalog.collectives.keySet());
        catalog.abbreviations.keySet().forEach(c -> all.add(c + "方"));
        all.removeIf(term -> term.length() < 2 || !term.codePoints().allMatch(ActorLexicon::isHan));
        return all;
    }
}
