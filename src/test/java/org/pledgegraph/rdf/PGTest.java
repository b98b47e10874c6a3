package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every term of {@link PG} is declared in ontology/pledgegraph.ttl, with labels in zh and en. */
class PGTest {
    private static final Model ONTOLOGY = ModelFactory.createModelForGraph(OntologyFiles.read("pledgegraph.ttl"));

    static Stream<Resource> terms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : PG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                assertEquals(PG.NS + f.getName(), term.getURI(), "constant spelled like its IRI");
                terms.add(term);
            }
        }
        return terms.stream();
    }

    @ParameterizedTest
    @MethodSource("terms")
    void termIsDeclaredWithLabelsAndComment(Resource term) {
        Resource r = ONTOLOGY.getResource(term.getURI());
        assertTrue(r.hasProperty(RDF.type), term + " has no rdf:type in pledgegraph.ttl");
        assertTrue(hasLang(r, RDFS.label, "zh"), term + " has no rdfs:label@zh");
        assertTrue(hasLang(r, RDFS.label, "en"), term + " has no rdfs:label@en");
        assertTrue(hasLang(r, RDFS.comment, "en"), term + " has no rdfs:comment@en");
    }

    @ParameterizedTest
    @MethodSource("terms")
    void propertyHasRange(Resource term) {
        Resource r = ONTOLOGY.getResource(term.getURI());
        if (r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty)) {
            assertTrue(r.hasProperty(RDFS.range), term + " has no rdfs:range");
        }
    }

    @Test
    void everyDeclaredPgTermHasAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        terms().forEach(t -> constants.add(t.getURI()));
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type).forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(PG.NS)) {
                declared.add(s.getURI());
            }
        });
        declared.removeAll(constants);
        assertEquals(Set.of(), declared, "declared in the ontology but missing from PG.java");
    }

    @Test
    void ontologyHeaderHasVersionLabelAndComment() {
        Resource onto = ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        assertTrue(onto.hasProperty(OWL.versionInfo));
        assertTrue(hasLang(onto, RDFS.label, "en") && hasLang(onto, RDFS.label, "zh"));
        assertTrue(onto.hasProperty(RDFS.comment));
    }

    @Test
    void theSixKindsAreNamedIndividualsOfKind() {
        for (Resource kind : List.of(PG.Undertaking, PG.Support, PG.Opposition, PG.Appeal, PG.Position, PG.Concern)) {
            assertTrue(ONTOLOGY.contains(kind, RDF.type, PG.Kind), kind.toString());
            assertTrue(ONTOLOGY.contains(kind, RDF.type, OWL2_NAMED_INDIVIDUAL), kind.toString());
        }
    }

    @Test
    void stateOrganisationAndGroupAreActors() {
        for (Resource c : List.of(PG.State, PG.Organisation, PG.Group)) {
            assertTrue(ONTOLOGY.contains(c, RDFS.subClassOf, PG.Actor), c.toString());
        }
    }

    private static final Resource OWL2_NAMED_INDIVIDUAL = ONTOLOGY.createResource(OWL.NS + "NamedIndividual");

    private static boolean hasLang(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .anyMatch(o -> lang.equals(o.asLiteral().getLanguage()) && !o.asLiteral().getString().isBlank());
    }
}
