package org.pledgegraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.rdf.PG;

class ShapeValidatorTest {
    private static final ShapeValidator VALIDATOR = ShapeValidator.load();
    private static final String ID = PG.ID;
    private static final String COMMITMENT = "<" + ID + "doc/fv/clause/3/c0>";


    @Test
    void validFixtureConforms() {
        ValidationResult r = VALIDATOR.validate(ValidFixture.model().getGraph());
        assertTrue(r.conforms(), r.messages().toString());
        assertEquals(List.of(), r.findings());
    }

    static Stream<Arguments> broken() {
        return Stream.of(
            Arguments.of("no party", (Consumer<Model>) m -> ValidFixture.commitment(m).removeAll(PG.party),
                "Violation " + COMMITMENT + " pg:party: a commitment needs at least one pg:party"),
            Arguments.of("two kinds", (Consumer<Model>) m -> ValidFixture.commitment(m).addProperty(PG.kind, PG.Support),
                "Violation " + COMMITMENT + " pg:kind: a commitment needs exactly one pg:kind"),
            Arguments.of("a kind that is not one of the six", (Consumer<Model>) m -> {
                ValidFixture.commitment(m).removeAll(PG.kind).addProperty(PG.kind, m.createResource(PG.NS + "Promise"));
            }, "Violation " + COMMITMENT + " pg:kind: pg:kind must be one of the six kinds"
                + " (Undertaking Support Opposition Appeal Position Concern) (value pg:Promise)"),
            Arguments.of("bad code", (Consumer<Model>) m -> {
                m.getResource(ID + "actor/FRA").removeAll(PG.code).addProperty(PG.code, "FR");
            }, "Violation <" + ID + "actor/FRA> pg:code: a state needs exactly one pg:code of three capital letters"
                + " (ISO 3166-1 alpha-3) (value \"FR\")"),
            Arguments.of("no verb", (Consumer<Model>) m -> ValidFixture.commitment(m).removeAll(PG.verb),
                "Violation " + COMMITMENT + " pg:verb: a commitment needs exactly one non-empty pg:verb string"),
            Arguments.of("a date typed as a string", (Consumer<Model>) m -> ValidFixture.commitment(m).addProperty(PG.date, "2023-04"),
                "Violation " + COMMITMENT + " pg:date: pg:date must be typed xsd:date, xsd:gYearMonth or xsd:gYear"
                + " (value \"2023-04\")"),
            Arguments.of("negated twice", (Consumer<Model>) m -> ValidFixture.commitment(m).addLiteral(PG.negated, true),
                "Violation " + COMMITMENT + " pg:negated: pg:negated must be a single xsd:boolean"),
            Arguments.of("reference to a non-instrument", (Consumer<Model>) m ->
                ValidFixture.commitment(m).addProperty(PG.references, m.getResource(ID + "actor/CHN")),
                "Violation " + COMMITMENT + " pg:references: pg:references must point to a pg:Instrument"
                + " (value <" + ID + "actor/CHN>)"),
            Arguments.of("instrument without a Chinese label", (Consumer<Model>) m -> {
                m.getResource(ID + "instrument/paris").removeAll(RDFS.label)
                    .addProperty(RDFS.label, "Paris Agreement", "en");
            }, "Violation <" + ID + "instrument/paris> rdfs:label: an instrument needs an rdfs:label in Chinese (@zh)"),
            Arguments.of("event without type", (Consumer<Model>) m ->
                m.getResource(ID + "instrument/paris/event/signed-1").removeAll(PG.eventType),
                "Violation <" + ID + "instrument/paris/event/signed-1> pg:eventType: an instrument event needs"
                + " exactly one pg:eventType, one of the seven event types"),
            Arguments.of("clause without document", (Consumer<Model>) m ->
                m.getResource(ID + "doc/fv/clause/3").removeAll(PG.document),
                "Violation <" + ID + "doc/fv/clause/3> pg:document: a clause needs exactly one pg:document, a pg:Document")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void brokenFixtureFailsWithItsMessage(String name, Consumer<Model> breakIt, String expected) {
        Model m = ValidFixture.model();
        breakIt.accept(m);
        ValidationResult r = VALIDATOR.validate(m.getGraph());
        assertFalse(r.conforms(), name);
        assertEquals(List.of(expected), r.messages(), name);
        assertEquals(List.of(expected), VALIDATOR.validateInPlace(m.getGraph()).messages(), name + " (in place)");
    }

    @Test
    void commitmentWithoutDomain() {
        Model m = ValidFixture.model();
        ValidFixture.commitment(m).removeAll(PG.domain);
        assertEquals(List.of(
            "Violation " + COMMITMENT + " pg:domain: a commitment needs at least one pg:domain"),
            VALIDATOR.validate(m.getGraph()).messages());
    }

    @Test
    void missingTitleIsAWarningNotAViolation() {
        Model m = ValidFixture.model();
        m.getResource(ID + "doc/fv").removeAll(PG.title);
        ValidationResult r = VALIDATOR.validate(m.getGraph());
        assertTrue(r.conforms(), r.messages().toString());
        assertEquals(List.of("Warning <" + ID + "doc/fv> pg:title: the document has no pg:title"), r.messages());
    }

    @Test
    void aTopicOutsideTheSchemesIsNotADomain() {
        Model m = ValidFixture.model();
        ValidFixture.commitment(m).removeAll(PG.domain).addProperty(PG.domain, m.createResource(PG.TOPIC + "weather"));
        ValidationResult r = VALIDATOR.validate(m.getGraph());
        assertEquals(List.of(
            "Violation " + COMMITMENT + " pg:domain: pg:domain must be a skos:Concept (an area or a topic)"
                + " (value topic:weather)",
            "Violation topic:weather (skos:broader)*/skos:topConceptOf: a pg:domain must reach one of the six areas"
                + " by skos:broader"), r.messages());
    }

    @Test
    void aConceptOutsideTheAreasIsNotADomain() {
        Model m = ValidFixture.model();
        Resource orphan = m.createResource(PG.TOPIC + "orphan").addProperty(RDF.type, SKOS.Concept);
        ValidFixture.commitment(m).removeAll(PG.domain).addProperty(PG.domain, orphan);
        assertEquals(List.of("Violation topic:orphan (skos:broader)*/skos:topConceptOf: a pg:domain must reach one of"
                + " the six areas by skos:broader"), VALIDATOR.validate(m.getGraph()).messages());
    }

    @Test
    void validatingInPlaceLeavesTheSameTriples() {
        Model m = ValidFixture.model();
        Model before = ValidFixture.model();
        ValidationResult r = VALIDATOR.validateInPlace(m.getGraph());
        assertTrue(r.conforms(), r.messages().toString());
        assertEquals(before.size(), m.size());
        assertTrue(m.isIsomorphicWith(before));
    }

    @Test
    void validatingInPlaceUsesTheBackground() {
        Model m = ValidFixture.model();
        ValidFixture.commitment(m).removeAll(PG.domain).addProperty(PG.domain, m.createResource(PG.TOPIC + "weather"));
        long size = m.size();
        assertEquals(VALIDATOR.validate(m.getGraph()).messages(), VALIDATOR.validateInPlace(m.getGraph()).messages());
        assertEquals(size, m.size());
    }

    @Test
    void theDataGraphIsLeftUnchanged() {
        Model m = ValidFixture.model();
        long size = m.size();
        VALIDATOR.validate(m.getGraph());
        assertEquals(size, m.size());
    }
}
