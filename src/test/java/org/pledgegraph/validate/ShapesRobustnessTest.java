package org.pledgegraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.PG;

/**
 * Every extraction passes the shapes: the whole pipeline (real statements, not stand-ins) over the
 * seed (shared with the other seed tests) and over every statement text in the test resources
 * (held-out statements of other parties), and every RDF fixture the tests use (*.ttl; files named
 * bad-, broken- or invalid- are broken on purpose and left out).
 */
class ShapesRobustnessTest {
    private static final ShapeValidator SHAPES = ShapeValidator.load();
    private static Pipeline pipeline;

    private static String report(ValidationResult r) {
        return String.join("\n", r.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void thePipelinesExtractionOfTheSeedConforms() {
        ExtractedFile x = Seeds.extraction();
        ValidationResult r = SHAPES.validate(x.model().getGraph());
        assertTrue(r.conforms(), report(r));
        assertEquals(List.of(), r.findings().stream().map(Finding::toString).toList(), "no warnings either");
        assertTrue(x.warnings().stream().noneMatch(w -> w.contains("shape not met")), x.warnings().toString());
        assertTrue(x.model().listSubjectsWithProperty(RDF.type, PG.Commitment).toList().size() > 100);
    }

    static Stream<Path> texts() throws IOException, URISyntaxException {
        Path root = Path.of(ShapesRobustnessTest.class.getResource("/").toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void thePipelinesExtractionOfEveryTextFixtureConforms(Path text) {
        ExtractedFile x = pipeline().extract(text);
        ValidationResult r = SHAPES.validate(x.model().getGraph());
        assertTrue(r.conforms(), text + ":\n" + report(r));
    }

    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.create();
        }
        return pipeline;
    }

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(ShapesRobustnessTest.class.getResource("/").toURI());
        return Files.walk(root).filter(p -> p.toString().endsWith(".ttl"))
                .filter(p -> !p.getFileName().toString().matches("(bad|broken|invalid)[-_.].*")).sorted();
    }

    @Test
    void thereAreFixtures() throws Exception {
        assertFalse(fixtures().toList().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyRdfFixtureConforms(Path fixture) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, fixture.toString());
        ValidationResult r = SHAPES.validate(m.getGraph());
        assertTrue(r.conforms(), fixture + ":\n" + report(r));
    }
}
