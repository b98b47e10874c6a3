package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.pledgegraph.instrument.Event;
import org.pledgegraph.instrument.FileScope;
import org.pledgegraph.instrument.Instrument;
import org.pledgegraph.instrument.InstrumentCatalog;
import org.pledgegraph.instrument.Reference;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

/** Instrument nodes written, serialised as N-Triples and parsed back. */
class InstrumentWriterTest {
    private static Document doc(String... units) {
        List<Unit> us = new java.util.ArrayList<>();
        for (String u : units) {
            us.add(new Unit(us.size(), u, u, new Span(0, u.length()), Section.NONE, ""));
        }
        return new Document(new SourceText(java.nio.file.Path.of("t.txt"), String.join("", units),
                java.nio.charset.StandardCharsets.UTF_8), 0, "", Optional.empty(), us);
    }

    private static Model roundTrip(Model m) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, m, Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new StringReader(out.toString()), null, Lang.NTRIPLES);
        assertTrue(back.isIsomorphicWith(m));
        return back;
    }

    private static Set<String> strings(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream().map(RDFNode::asLiteral).map(Literal::getLexicalForm)
                .collect(Collectors.toSet());
    }

    @Test
    void theNptNodeCarriesItsNamesAndWikidataLink() {
        InstrumentCatalog c = InstrumentCatalog.load();
        FileScope file = c.newFile();
        c.find(doc("双方重申《不扩散核武器条约》（NPT）的重要性。", "双方支持加强《核不扩散条约》的普遍性。"), file);
        Model m = ModelFactory.createDefaultModel();
        file.instruments().forEach(i -> InstrumentWriter.write(m, i));
        Model back = roundTrip(m);
        Resource npt = back.getResource(PG.ID + "instrument/npt");
        assertTrue(back.contains(npt, RDF.type, PG.Instrument));
        assertTrue(back.contains(npt, RDFS.label, back.createLiteral("不扩散核武器条约", "zh")));
        assertTrue(strings(back, npt, SKOS.altLabel).containsAll(Set.of("NPT", "核不扩散条约")));
        assertTrue(back.contains(npt, OWL.sameAs, back.getResource("http://www.wikidata.org/entity/Q186444")));
        assertEquals(1, back.listSubjectsWithProperty(RDF.type, PG.Instrument).toList().size());
    }

    @Test
    void aSignedExpiringTreatyIsDescribed() {
        InstrumentCatalog c = InstrumentCatalog.load();
        FileScope file = c.newFile();
        c.find(doc("双方将落实2019年6月5日在莫斯科签署的《中华人民共和国和俄罗斯联邦关于数字经济合作的协定》。",
                "美国2019年宣布退出该协定。"), file);
        Instrument i = file.instruments().iterator().next();
        Model m = ModelFactory.createDefaultModel();
        Resource r = InstrumentWriter.write(m, i);
        InstrumentWriter.write(m, i);
        Model back = roundTrip(m);
        assertEquals(r.getURI(), PG.ID + "instrument/" + i.key());
        assertEquals(Set.of("中国", "俄罗斯"), strings(back, r, PG.instrumentParty));
        assertEquals(Set.of("CHN", "RUS"), strings(back, r, PG.instrumentPartyCode));
        Literal signed = back.listObjectsOfProperty(r, PG.signedOn).next().asLiteral();
        assertEquals("2019-06-05", signed.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), signed.getDatatypeURI());
        assertEquals(Set.of("莫斯科"), strings(back, r, PG.signedAt));
        assertEquals(Set.of("美国"), strings(back, r, PG.withdrawnBy));
        assertTrue(back.contains(r, PG.status, PG.Withdrawn));
        assertEquals(2, back.listObjectsOfProperty(r, PG.event).toList().size());
        assertEquals("agreement", back.listObjectsOfProperty(r, PG.instrumentType).next().asLiteral().getString());
    }

    @Test
    void datesTakeTheirPrecision() {
        Model m = ModelFactory.createDefaultModel();
        assertEquals(XSDDatatype.XSDgYear.getURI(), InstrumentWriter.date(m, "2001").getDatatypeURI());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), InstrumentWriter.date(m, "2021-02").getDatatypeURI());
    }

    @Test
    void referencesPointAtTheSameIriAsTheNode() {
        InstrumentCatalog c = InstrumentCatalog.load();
        FileScope file = c.newFile();
        List<List<Reference>> refs = c.find(doc("双方支持《全面禁止核试验条约》，推动条约早日生效。"), file);
        Set<String> iris = refs.get(0).stream().map(r -> InstrumentWriter.iri(r.instrument())).collect(Collectors.toSet());
        assertEquals(Set.of(PG.ID + "instrument/ctbt"), iris);
        Event e = file.instruments().iterator().next().events().stream()
                .filter(x -> x.type() == org.pledgegraph.instrument.EventType.notInForce).findFirst().orElseThrow();
        assertEquals("早日生效", e.evidence());
    }
}
