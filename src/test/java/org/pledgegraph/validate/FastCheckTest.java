package org.pledgegraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.rdf.PG;

/**
 * The validator's fast path (the conformance check, the reduced background) gives exactly the
 * findings of jena-shacl alone with the whole ontology and domains, for graphs that conform and
 * for graphs that do not: each case changes the France-Vietnam fixture and compares both ways,
 * through {@link ShapeValidator#validate} and {@link ShapeValidator#validateInPlace}.
 */
class FastCheckTest {
    private static final ShapeValidator VALIDATOR = ShapeValidator.load();
    private static final String ID = PG.ID;


    private static Resource actor(Model m, String code) {
        return m.getResource(ID + "actor/" + code);
    }

    private static Arguments ok(String name, Consumer<Model> change) {
        return Arguments.of(name, change, "");
    }

    private static Arguments broken(String name, Consumer<Model> change, String finding) {
        return Arguments.of(name, change, finding);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            ok("the fixture as it is", m -> { }),
            ok("a pg:State not typed pg:Actor is accepted where a pg:Actor is required",
                m -> actor(m, "FRA").removeAll(RDF.type).addProperty(RDF.type, PG.State)),
            ok("a pg:Group as a party", m -> {
                Resource asean = m.createResource(ID + "actor/ASEAN").addProperty(RDF.type, m.createResource(PG.NS + "Group"))
                    .addProperty(RDFS.label, "东盟", "zh");
                ValidFixture.commitment(m).addProperty(PG.party, asean);
            }),
            ok("a class declared a subclass of pg:Actor in the data itself", m -> {
                Resource province = m.createResource("https://example.org/Province").addProperty(RDFS.subClassOf, PG.Actor);
                Resource sichuan = m.createResource(ID + "actor/sichuan").addProperty(RDF.type, province);
                ValidFixture.commitment(m).addProperty(PG.party, sichuan);
            }),
            ok("topics described in the data as the pipeline does", m -> {
                Resource energy = m.getResource(PG.TOPIC + "energy");
                energy.addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.broader, PG.Economic);
            }),
            ok("a topic of the data's own beneath an area of the background", m -> {
                Resource t = m.createResource(PG.TOPIC + "fisheries").addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.broader, PG.Economic);
                ValidFixture.commitment(m).addProperty(PG.domain, t);
            }),
            ok("an ontology class typed pg:Instrument in the data has the background's Chinese label",
                m -> m.add(PG.Commitment, RDF.type, m.createResource(PG.NS + "Instrument"))),
            ok("dates of the three types on a clause", m -> m.getResource(ID + "doc/fv/clause/3")
                .addProperty(PG.date, m.createTypedLiteral("2024", XSDDatatype.XSDgYear))
                .addProperty(PG.date, m.createTypedLiteral("2024-05-06", XSDDatatype.XSDdate))),
            ok("an instrument with an English and two Chinese labels", m -> m.getResource(ID + "instrument/paris")
                .addProperty(RDFS.label, "巴黎气候协定", "zh")),
            broken("a commitment whose pg:party is not an Actor", m ->
                ValidFixture.commitment(m).addProperty(PG.party, m.getResource(ID + "instrument/paris")),
                "pg:party must be a pg:Actor"),
            broken("a literal as a party", m -> ValidFixture.commitment(m).addProperty(PG.party, "巴基斯坦"),
                "pg:party must be a pg:Actor"),
            broken("a party with no type", m -> ValidFixture.commitment(m).addProperty(PG.party, m.createResource(ID + "actor/PAK")),
                "pg:party must be a pg:Actor"),
            broken("an area that is not a skos:Concept", m -> ValidFixture.commitment(m).addProperty(PG.domain, m.createResource(PG.NS + "Trade")),
                "pg:domain must be a skos:Concept"),
            broken("a topic that reaches no area", m -> {
                Resource t = m.createResource(PG.TOPIC + "lonely").addProperty(RDF.type, SKOS.Concept);
                ValidFixture.commitment(m).addProperty(PG.domain, t);
            }, "a pg:domain must reach one of the six areas"),
            broken("a clause that is not a pg:Clause", m -> {
                ValidFixture.commitment(m).removeAll(PG.clause).addProperty(PG.clause, m.getResource(ID + "doc/fv"));
            }, "pg:clause must be a single pg:Clause"),
            broken("an addressee that is an instrument", m ->
                ValidFixture.commitment(m).addProperty(PG.addressee, m.getResource(ID + "instrument/paris")),
                "pg:addressee must be a pg:Actor"),
            broken("a date typed xsd:dateTime", m -> ValidFixture.commitment(m).addProperty(PG.date,
                m.createTypedLiteral("2023-04-07T10:00:00", XSDDatatype.XSDdateTime)),
                "pg:date must be typed xsd:date, xsd:gYearMonth or xsd:gYear"),
            broken("an ill-formed xsd:date", m -> ValidFixture.commitment(m).addProperty(PG.date,
                m.createTypedLiteral("2023-13-45", XSDDatatype.XSDdate)),
                "pg:date must be typed xsd:date, xsd:gYearMonth or xsd:gYear"),
            broken("an event date typed as a string", m -> m.getResource(ID + "instrument/paris/event/signed-1")
                .addProperty(PG.eventDate, "2016年4月22日"),
                "pg:eventDate must be typed xsd:date, xsd:gYearMonth or xsd:gYear"),
            broken("a due date typed as a string", m -> ValidFixture.commitment(m).addProperty(PG.dueBy, "2030"),
                "pg:dueBy must be typed xsd:date, xsd:gYearMonth or xsd:gYear"),
            broken("an instrument with an English label only", m -> m.getResource(ID + "instrument/paris")
                .removeAll(RDFS.label).addProperty(RDFS.label, "Paris Agreement", "en"),
                "an instrument needs an rdfs:label in Chinese (@zh)"),
            broken("a state whose code is not alpha-3", m -> actor(m, "CHN").removeAll(PG.code).addProperty(PG.code, "CN"),
                "a state needs exactly one pg:code"),
            ok("an area typed pg:Instrument in the data has the background's Chinese label",
                m -> m.add(PG.Economic, RDF.type, m.createResource(PG.NS + "Instrument"))),
            broken("a topic typed pg:Instrument in the data has no rdfs:label in the background",
                m -> m.add(m.createResource(PG.TOPIC + "energy"), RDF.type, m.createResource(PG.NS + "Instrument")),
                "an instrument needs an rdfs:label in Chinese (@zh)"),
            broken("a document with no title (a warning)", m -> m.getResource(ID + "doc/fv").removeAll(PG.title),
                "the document has no pg:title"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFindingsAsJenaShaclAlone(String name, Consumer<Model> change, String expected) {
        Model m = ValidFixture.model();
        change.accept(m);
        List<Finding> reference = VALIDATOR.validateByJenaAlone(m.getGraph()).findings();
        assertEquals(expected.isEmpty(), reference.isEmpty(), reference.toString());
        assertTrue(reference.stream().anyMatch(f -> f.toString().contains(expected)) || expected.isEmpty(), reference.toString());

        assertEquals(reference, VALIDATOR.validate(m.getGraph()).findings());

        Graph before = GraphFactory.createDefaultGraph();
        m.getGraph().find().forEach(before::add);
        assertEquals(reference, VALIDATOR.validateInPlace(m.getGraph()).findings());
        assertTrue(before.isIsomorphicWith(m.getGraph()), "validateInPlace changed the graph");
    }
}
