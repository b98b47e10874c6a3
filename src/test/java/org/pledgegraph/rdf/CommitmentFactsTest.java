package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Seeds;

/**
 * What a commitment shares with its clause (GraphBuilder makes these nodes once per clause):
 * its text, its area, its dates and the instruments it references; and the concepts used as
 * pg:domain, each described with its broader chain up to an area.
 */
class CommitmentFactsTest {
    private static Model model;
    private static List<Resource> commitments;

    @BeforeAll
    static void extract() {
        model = Seeds.extraction().model();
        commitments = model.listSubjectsWithProperty(RDF.type, PG.Commitment).toList();
    }

    private static Set<RDFNode> values(Resource r, Property p) {
        return r.listProperties(p).mapWith(s -> s.getObject()).toSet();
    }

    @Test
    void everyCommitmentCarriesItsClausesTextDatesAndReferences() {
        assertTrue(commitments.size() > 150);
        int dated = 0;
        int referring = 0;
        for (Resource c : commitments) {
            Resource clause = c.getRequiredProperty(PG.clause).getResource();
            assertEquals(values(clause, PG.text), values(c, PG.text), c.getURI());
            assertEquals(values(clause, PG.date), values(c, PG.date), c.getURI());
            assertEquals(values(clause, PG.references), values(c, PG.references), c.getURI());
            assertTrue(values(c, PG.domain).containsAll(values(clause, PG.domain)), c.getURI());
            dated += c.hasProperty(PG.date) ? 1 : 0;
            referring += c.hasProperty(PG.references) ? 1 : 0;
        }
        assertTrue(dated > 0, "some commitment of the seed has a date");
        assertTrue(referring > 0, "some commitment of the seed references an instrument");
    }

    @Test
    void negatedIsATypedBoolean() {
        List<RDFNode> negated = model.listObjectsOfProperty(PG.negated).toList();
        assertTrue(!negated.isEmpty(), "the seed has negated commitments");
        for (RDFNode n : negated) {
            assertEquals(XSDDatatype.XSDboolean.getURI(), n.asLiteral().getDatatypeURI());
            assertTrue(n.asLiteral().getBoolean());
        }
    }

    @Test
    void everyDomainConceptIsDescribedUpToAnArea() {
        Set<Resource> concepts = model.listObjectsOfProperty(PG.domain).mapWith(RDFNode::asResource).toSet();
        Set<String> topics = concepts.stream().map(Resource::getURI).filter(i -> i.startsWith(PG.TOPIC))
                .collect(Collectors.toSet());
        assertTrue(!topics.isEmpty(), "the seed's commitments have topics");
        for (Resource concept : concepts) {
            Resource c = concept;
            for (int steps = 0; c.getURI().startsWith(PG.TOPIC) && steps < 10; steps++) {
                assertTrue(c.hasProperty(RDF.type), c.getURI() + " is described");
                c = c.getRequiredProperty(SKOS.broader).getResource();
            }
            assertTrue(c.getURI().startsWith(PG.NS), concept.getURI() + " leads to an area");
            assertTrue(c.hasProperty(RDF.type), c.getURI() + " is described");
        }
    }
}
