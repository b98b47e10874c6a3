package org.pledgegraph;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.jena.rdf.model.Model;
import org.pledgegraph.domain.Domain;
import org.pledgegraph.domain.DomainClassifier;
import org.pledgegraph.extract.Statement;
import org.pledgegraph.extract.StatementExtractor;
import org.pledgegraph.instrument.FileScope;
import org.pledgegraph.instrument.InstrumentCatalog;
import org.pledgegraph.instrument.Reference;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.rdf.GraphBuilder;
import org.pledgegraph.rdf.Iris;
import org.pledgegraph.rdf.Provenance;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.DocumentReader;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Unit;
import org.pledgegraph.time.DateFinder;
import org.pledgegraph.time.DocumentYear;
import org.pledgegraph.validate.ShapeValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: read a file, cut it into documents and units, extract statements,
 * instruments, dates and domains from each unit, and write the file's RDF. Thread-safe: files
 * are independent (the documents of one file share what they teach of instruments, in a
 * {@link FileScope}); instrument keys derive from titles, so one instrument is one node across files.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    public static final String VERSION = "0.1.0";
    /**
     * The version and build time ({@code 0.1.0+20261125T173900Z}). It names the extraction run, so
     * that a rebuilt extractor (new rules) extracts again files that {@code serve} would
     * otherwise skip as unchanged.
     */
    public static final String BUILD = build();

    private final DocumentReader reader = new DocumentReader();
    private final ActorLexicon lexicon;
    private final StatementExtractor statements;
    private final InstrumentCatalog instruments;
    private final DateFinder dates = new DateFinder();
    private final DomainClassifier domains;
    private final ShapeValidator shapes;

    private Pipeline() {
        warmTokenizer();
        lexicon = ActorLexicon.load();
        statements = new StatementExtractor(lexicon);
        instruments = InstrumentCatalog.load();
        domains = DomainClassifier.load();
        shapes = ShapeValidator.load();
    }

    /**
     * Loads HanLP's core and bigram dictionaries on a second thread while this one reads our
     * lexicons and shapes (they are otherwise loaded at the first segmentation, a second or more).
     * Only the two dictionary classes are initialised there; neither refers to HanLP's custom
     * dictionary, which the lexicon fills on this thread, so the two class initialisations
     * cannot wait on each other.
     */
    private static void warmTokenizer() {
        Thread t = new Thread(() -> {
            try {
                ClassLoader loader = Pipeline.class.getClassLoader();
                Class.forName("com.hankcs.hanlp.dictionary.CoreDictionary", true, loader);
                Class.forName("com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary", true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.debug("HanLP warm-up skipped: {}", e.toString());
            }
        }, "pledgegraph-hanlp-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static String build() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Pipeline.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            LOG.debug("build.properties unreadable: {}", e.toString());
        }
        String build = p.getProperty("build", "");
        return build.isEmpty() || build.startsWith("$") ? VERSION : VERSION + "+" + build.replaceAll("[^0-9A-Za-z]", "");
    }

    /** Loads the lexicons, the tokenizer's dictionary and the shapes (a few seconds). */
    public static Pipeline create() {
        return new Pipeline();
    }

    /** Reads and extracts one file; the charset is detected unless {@code charset} is given. */
    public ExtractedFile extract(Path file, Charset charset) {
        return extract(SourceReader.read(file, charset));
    }

    /** Extracts a text already read. */
    public ExtractedFile extract(SourceText source) {
        Path file = source.path();
        List<String> warnings = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        FileScope named = instruments.newFile();
        for (Document doc : reader.documents(source)) {
            extractions.add(extract(doc, named, warnings));
        }
        Provenance provenance = new Provenance(BUILD, Instant.now(), Sha256.hex(source.text()));
        Model model = GraphBuilder.build(source, extractions, provenance, domains.concepts());
        shapes.validateInPlace(model.getGraph()).messages().forEach(m -> warnings.add(file + ": shape not met: " + m));
        warnings.forEach(LOG::warn);
        return new ExtractedFile(file, Iris.graph(source), model, warnings);
    }

    public ExtractedFile extract(Path file) {
        return extract(file, null);
    }

    /** Extracts one document as a file of its own: its parties, and each unit's statements, references, dates and domain. */
    public Extraction extract(Document doc, List<String> warnings) {
        return extract(doc, instruments.newFile(), warnings);
    }

    private Extraction extract(Document doc, FileScope named, List<String> warnings) {
        List<Actor> parties = lexicon.parties(doc);
        List<Actor> speakers = parties;
        if (parties.isEmpty()) {
            warnings.add(doc.source().path() + ": no parties recognised in document "
                    + (doc.ordinal() + 1) + " (" + (doc.title().isEmpty() ? "untitled" : doc.title())
                    + "); its statements are given the party '" + ActorLexicon.UNKNOWN_PARTY.id() + "'");
            speakers = List.of(ActorLexicon.UNKNOWN_PARTY);
        }
        List<List<Statement>> stated = statements.extract(doc, speakers);
        List<List<Reference>> referenced = instruments.find(doc, named);
        OptionalInt year = DocumentYear.of(doc);
        Optional<LocalDate> date = doc.date().or(() -> year.isPresent()
                ? Optional.of(LocalDate.of(year.getAsInt(), 1, 1)) : Optional.empty());
        List<Domain> fields = domains.classify(doc, parties.size());
        List<Clause> clauses = new ArrayList<>();
        for (Unit u : doc.units()) {
            String text = u.plain();
            Domain field = fields.get(u.index());
            clauses.add(new Clause(u, stated.get(u.index()), referenced.get(u.index()),
                    dates.find(text, year), dates.relative(text, date), dates.targets(text),
                    field.area(), field.topics()));
        }
        return new Extraction(doc, parties, clauses);
    }

    /**
     * The IRI of the extraction run this build of the pipeline records for {@code source}:
     * a named graph that holds it was extracted from the same text by the same build.
     */
    public static String runIri(SourceText source) {
        return new Provenance(BUILD, Instant.EPOCH, Sha256.hex(source.text())).runIri();
    }
}
