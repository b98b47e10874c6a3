package org.pledgegraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.PG;

/** Every commitment of the seed has its area and at least one topic beneath an area. */
class SeedTopicsTest {
    @Test
    void everyCommitmentHasATopic() {
        Model model = Seeds.extraction().model();
        List<Resource> commitments = model.listSubjectsWithProperty(RDF.type, PG.Commitment).toList();
        assertTrue(commitments.size() > 150);
        List<String> without = commitments.stream()
                .filter(c -> c.listProperties(PG.domain)
                        .filterKeep(s -> s.getResource().getURI().startsWith(PG.TOPIC)).toList().isEmpty())
                .map(Resource::getURI).toList();
        assertEquals(List.of(), without);
    }
}
