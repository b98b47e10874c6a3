package org.pledgegraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Clause;
import org.pledgegraph.Extraction;
import org.pledgegraph.domain.AreaClassifier;
import org.pledgegraph.domain.TopicTagger;
import org.pledgegraph.extract.Kind;
import org.pledgegraph.extract.Statement;
import org.pledgegraph.instrument.InstrumentCatalog;
import org.pledgegraph.instrument.Reference;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.rdf.GraphBuilder;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.Provenance;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.DocumentReader;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Unit;
import org.pledgegraph.time.DateFinder;
import org.pledgegraph.time.DocumentYear;

/**
 * The graph the RDF writer makes of the seed file (real reader, lexicon, instrument catalog, date
 * finder, areas and topics; one stand-in statement per unit, as statements are not this test's
 * concern) meets every shape.
 */
class SeedGraphShapesTest {
    private static final Path SEED =
            Path.of("seeds/2019-06-05_china-russia_joint-statements-new-era-and-strategic-stability.txt");

    @Test
    void seedGraphConforms() {
        SourceText source = SourceReader.read(SEED, null);
        ActorLexicon lexicon = ActorLexicon.load();
        InstrumentCatalog instruments = InstrumentCatalog.load();
        List<Extraction> extractions = new ArrayList<>();
        for (Document doc : new DocumentReader().documents(source)) {
            extractions.add(extract(doc, lexicon.parties(doc), instruments.find(doc)));
        }
        Model model = GraphBuilder.build(source, extractions, new Provenance("test", Instant.EPOCH, "0".repeat(64)));
        ValidationResult result = ShapeValidator.load().validate(model.getGraph());
        assertTrue(result.conforms(), String.join("\n", result.violations().stream().map(Finding::toString).toList()));
        assertEquals(List.of(), result.warnings().stream().map(Finding::toString).toList());
        assertTrue(model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PG.Commitment).toList().size() > 150);
    }

    private static Extraction extract(Document doc, List<Actor> parties, List<List<Reference>> refs) {
        AreaClassifier areas = AreaClassifier.load();
        TopicTagger topics = TopicTagger.load();
        DateFinder dates = new DateFinder();
        OptionalInt year = DocumentYear.of(doc);
        List<Clause> clauses = new ArrayList<>();
        for (Unit u : doc.units()) {
            List<Statement> stated = parties.isEmpty() ? List.of()
                    : List.of(new Statement(Set.copyOf(parties), Kind.Position, u.text().substring(0, 1), 0, false, Set.of()));
            clauses.add(new Clause(u, stated, refs.get(u.index()), dates.find(u.plain(), year),
                    areas.area(doc, u), topics.topics(u.plain())));
        }
        return new Extraction(doc, parties, clauses);
    }
}
