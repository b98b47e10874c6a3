package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.pledgegraph.rdf.PG;

/** The data files load, and a bad row is reported by file and line. */
class DataFilesTest {
    @Test
    void aShortRowNamesFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> Tsv.read("bad-row.tsv", 3));
        assertEquals("bad-row.tsv:3: expected 3 tab-separated columns, found 2", e.getMessage());
    }

    @Test
    void aMissingFileIsOneLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> Tsv.read("absent.tsv", 1));
        assertTrue(e.getMessage().startsWith("absent.tsv: missing"));
    }

    @Test
    void gazetteerQidsAreOnlyTheVerifiedOnes() {
        Set<String> verified = Set.of("Q171328", "Q186444", "Q547896");
        Gazetteer.load().entries().forEach(g -> g.wikidata().ifPresent(q -> assertTrue(verified.contains(q), g.key())));
    }

    @Test
    void everyGazetteerTitleEndsInAKnownHeadOrIsAGroup() {
        HeadNouns heads = HeadNouns.load();
        for (GazetteerEntry g : Gazetteer.load().entries()) {
            assertTrue(heads.headOf(g.title()).isPresent(), g.title());
        }
    }

    @Test
    void gazetteerSigningDatesAreIso() {
        Pattern iso = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        Gazetteer.load().entries().forEach(g -> g.signed().ifPresent(d -> {
            Matcher m = iso.matcher(d);
            assertTrue(m.matches(), g.key() + " " + d);
        }));
    }

    @Test
    void theNewPgTermsAreDeclaredForTheOntology() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        try (var in = Tsv.class.getResourceAsStream("ontology-terms.ttl")) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        }
        for (String local : List.of("InstrumentEvent", "instrumentParty", "instrumentPartyCode", "signedOn", "signedAt",
                "expiresOn", "withdrawnBy", "status", "event", "eventType", "eventDate", "eventPlace", "eventActor",
                "evidence", "Signed", "Draft", "Proposed", "NotInForce", "Expires", "Withdrawn", "RatificationRefused")) {
            assertEquals(PG.NS + local, ((Resource) PG.class.getField(local).get(null)).getURI());
            Resource r = m.getResource(PG.NS + local);
            assertEquals(2, m.listObjectsOfProperty(r, RDFS.label).toList().size(), local);
            assertTrue(r.hasProperty(RDF.type), local);
        }
    }
}
