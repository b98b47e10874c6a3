package org.pledgegraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.PG;

/** The whole extraction of the seed file meets every shape, with no violation and no warning. */
class SeedGraphShapesTest {
    @Test
    void seedGraphConforms() {
        Model model = Seeds.extraction().model();
        ValidationResult result = ShapeValidator.load().validate(model.getGraph());
        assertTrue(result.conforms(), String.join("\n", result.violations().stream().map(Finding::toString).toList()));
        assertEquals(List.of(), result.warnings().stream().map(Finding::toString).toList());
        assertTrue(model.listSubjectsWithProperty(RDF.type, PG.Commitment).toList().size() > 150);
    }
}
