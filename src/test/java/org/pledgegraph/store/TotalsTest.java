package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.export.Exporter;
import org.pledgegraph.export.RdfFormat;

/**
 * The totals the store keeps (commitments per party and kind, per instrument, per instrument and
 * stance) equal a COUNT over the extraction's graphs, whatever the store went through: graphs
 * loaded, a file loaded again changed, a graph replaced by the same, an aborted transaction, a
 * store made without totals. Real extraction of short statements, real TDB2 store.
 */
class TotalsTest {
    static final String FRA_BRA = "法兰西共和国和巴西联邦共和国联合声明\n"
            + "一、双方重申恪守《联合国宪章》宗旨和原则。\n"
            + "二、双方支持《巴黎协定》的全面有效实施，同意加强气候变化领域合作。\n"
            + "三、法方呼吁各国加入《不扩散核武器条约》。\n"
            + "四、双方同意加强能源合作。\n";
    static final String FRA_BRA_CHANGED = "法兰西共和国和巴西联邦共和国联合声明\n"
            + "一、双方重申恪守《联合国宪章》宗旨和原则。\n"
            + "二、双方反对任何国家退出《巴黎协定》。\n"
            + "三、巴方欢迎法方支持《不扩散核武器条约》。\n";
    static final String VNM_KAZ = "越南社会主义共和国和哈萨克斯坦共和国联合声明\n"
            + "一、双方重申《联合国宪章》的宗旨和原则。\n"
            + "二、双方反对违反《不扩散核武器条约》的行为。\n"
            + "三、双方同意扩大贸易和投资合作。\n";

    /** Per (party, kind): every (commitment, party) pair, as counts-by-party-kind counted before totals. */
    static final String COUNT_PARTY_KIND = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
            + "SELECT ?key (COUNT(?c) AS ?n) { ?c pg:party ?a ; pg:kind ?k BIND(CONCAT(STR(?a), ' ', STR(?k)) AS ?key) } GROUP BY ?key";
    static final String TALLY_PARTY_KIND = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
            + "SELECT ?key ?n { GRAPH <" + Totals.GRAPH + "> { ?t pg:tallyParty ?a ; pg:tallyKind ?k ; pg:partyKindCount ?n }"
            + " BIND(CONCAT(STR(?a), ' ', STR(?k)) AS ?key) }";
    /** Per instrument: commitments referring to it, as referenced-instruments counted before totals. */
    static final String COUNT_INSTRUMENT = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
            + "SELECT ?key (COUNT(DISTINCT ?c) AS ?n) { ?c pg:references ?i ; a pg:Commitment ; pg:kind ?k BIND(STR(?i) AS ?key) } GROUP BY ?key";
    static final String TALLY_INSTRUMENT = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
            + "SELECT ?key ?n { GRAPH <" + Totals.GRAPH + "> { ?t pg:tallyInstrument ?i ; pg:instrumentCount ?n }"
            + " BIND(STR(?i) AS ?key) }";
    static final String COUNT_STANCE = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
            + "SELECT ?key (COUNT(DISTINCT ?c) AS ?n) { ?c pg:references ?i ; a pg:Commitment ; pg:kind ?k OPTIONAL { ?c pg:verb ?v }"
            + " BIND(CONCAT(STR(?i), ' ', STR(?k), ' ', COALESCE(?v, '-')) AS ?key) } GROUP BY ?key";
    static final String TALLY_STANCE = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
            + "SELECT ?key ?n { GRAPH <" + Totals.GRAPH + "> { ?t pg:tallyInstrument ?i ; pg:tallyKind ?k ; pg:stanceCount ?n"
            + " OPTIONAL { ?t pg:tallyVerb ?v } } BIND(CONCAT(STR(?i), ' ', STR(?k), ' ', COALESCE(?v, '-')) AS ?key) }";

    static ExtractedFile fraBra;
    static ExtractedFile fraBraChanged;
    static ExtractedFile vnmKaz;

    @BeforeAll
    static void extract(@TempDir Path texts) throws IOException {
        Pipeline pipeline = Pipeline.create();
        fraBra = pipeline.extract(write(texts.resolve("a"), "fra-bra.txt", FRA_BRA));
        fraBraChanged = pipeline.extract(write(texts.resolve("b"), "fra-bra.txt", FRA_BRA_CHANGED));
        vnmKaz = pipeline.extract(write(texts.resolve("a"), "vnm-kaz.txt", VNM_KAZ));
        assertEquals(fraBra.graphIri(), fraBraChanged.graphIri(), "the changed text is the same file loaded again");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void totalsCountWhatTheGraphsHoldAfterLoading(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            s.replaceGraph(vnmKaz.graphIri(), vnmKaz.model());
            assertTotalsMatch(s);
            Map<String, Long> instruments = counts(s, TALLY_INSTRUMENT);
            assertTrue(instruments.size() >= 3, "the UN Charter, the Paris Agreement and the NPT are counted: " + instruments);
            assertTrue(instruments.values().stream().anyMatch(n -> n >= 2), "an instrument of both statements counts both: " + instruments);
            assertTrue(counts(s, TALLY_PARTY_KIND).keySet().stream().anyMatch(k -> k.contains("/actor/FRA ")));
            assertTrue(Totals.isCurrent(s.datasetGraph()));
        }
    }

    @Test
    void aFileLoadedAgainChangedReplacesWhatItCounted(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            s.replaceGraph(vnmKaz.graphIri(), vnmKaz.model());
            Map<String, Long> before = counts(s, TALLY_STANCE);
            s.replaceGraph(fraBraChanged.graphIri(), fraBraChanged.model());
            assertTotalsMatch(s);
            assertFalse(before.equals(counts(s, TALLY_STANCE)), "the changed statement takes other stances");
        }
    }

    @Test
    void aGraphReplacedByTheSameIsNotCountedTwice(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            Map<String, Long> once = counts(s, TALLY_PARTY_KIND);
            Map<String, Long> instruments = counts(s, TALLY_INSTRUMENT);
            try (GraphWriter w = s.writer()) {
                w.replace(fraBra.graphIri(), fraBra.model()); // twice in one transaction
                w.replace(fraBra.graphIri(), fraBra.model());
                w.commit();
            }
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            assertEquals(once, counts(s, TALLY_PARTY_KIND));
            assertEquals(instruments, counts(s, TALLY_INSTRUMENT));
            assertTotalsMatch(s);
        }
    }

    @Test
    void anAbortedTransactionLeavesTheTotalsOfTheGraphs(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            Map<String, Long> before = counts(s, TALLY_STANCE);
            try (GraphWriter w = s.writer()) {
                w.replace(vnmKaz.graphIri(), vnmKaz.model());
                w.replace(fraBraChanged.graphIri(), fraBraChanged.model());
            } // closed without commit: aborted
            assertEquals(before, counts(s, TALLY_STANCE));
            assertTotalsMatch(s);
            try (GraphWriter w = s.writer()) { // the next transaction starts from the stored totals
                w.replace(vnmKaz.graphIri(), vnmKaz.model());
                w.commit();
            }
            assertTotalsMatch(s);
        }
    }

    @Test
    void aStoreWithoutTotalsGetsThemBuiltOnce(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            s.replaceGraph(vnmKaz.graphIri(), vnmKaz.model());
            Map<String, Long> expected = counts(s, TALLY_STANCE);
            DatasetGraph dsg = s.datasetGraph();
            Node totals = NodeFactory.createURI(Totals.GRAPH);
            Txn.executeWrite(dsg, () -> dsg.deleteAny(totals, Node.ANY, Node.ANY, Node.ANY)); // as an older version left it
            assertTrue(counts(s, TALLY_STANCE).isEmpty());
            assertFalse(Totals.isCurrent(dsg));
            assertFalse(s.hasTotals());

            assertTrue(s.ensureTotals());
            assertEquals(expected, counts(s, TALLY_STANCE));
            assertTotalsMatch(s);
            assertFalse(s.ensureTotals(), "built once");

            s.markTotalsStale(); // what serve --allow-update does
            assertTrue(s.ensureTotals());
            assertTotalsMatch(s);
        }
    }

    @Test
    void aWriterOnAStoreWithoutTotalsBuildsThemBeforeCounting(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(vnmKaz.graphIri(), vnmKaz.model());
            s.markTotalsStale();
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            assertTotalsMatch(s);
        }
    }

    @Test
    void theTotalsAreNotAFileGraphNorExported(@TempDir Path dir) {
        try (Store s = Store.open(dir)) {
            s.replaceGraph(fraBra.graphIri(), fraBra.model());
            assertEquals(java.util.List.of(fraBra.graphIri()), s.graphs());
            assertEquals(s.size(fraBra.graphIri()), s.quadCount());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporter.write(s, RdfFormat.nq, out);
            Dataset back = DatasetFactory.create();
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(back);
            assertFalse(back.containsNamedModel(Totals.GRAPH));
            assertEquals(s.quadCount(), back.asDatasetGraph().stream().count());
            assertTrue(s.size(Totals.GRAPH) > 0, "the store does keep totals");
            PledgegraphException e = assertThrows(PledgegraphException.class, () -> s.replaceGraph(Totals.GRAPH, fraBra.model()));
            assertTrue(e.getMessage().contains("totals graph"), e.getMessage());
        }
    }

    /** Every tally equals the COUNT over the graphs, and there is no other. */
    static void assertTotalsMatch(Store s) {
        Map<String, Long> counted = counts(s, COUNT_PARTY_KIND);
        assertFalse(counted.isEmpty());
        assertEquals(counted, counts(s, TALLY_PARTY_KIND));
        assertEquals(counts(s, COUNT_INSTRUMENT), counts(s, TALLY_INSTRUMENT));
        assertEquals(counts(s, COUNT_STANCE), counts(s, TALLY_STANCE));
        assertRanked(s);
        assertSortKeys(s);
    }

    /** Each named instrument tally's sort key is its count in twelve digits, a space and its name. */
    static void assertSortKeys(Store s) {
        Map<String, Long> named = counts(s, "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
                + "SELECT ?key ?n { GRAPH <" + Totals.GRAPH + "> { ?t pg:instrumentCount ?n ; pg:tallyName ?name }"
                + " BIND(CONCAT(STR(?t), \" \", STR(?name)) AS ?key) }");
        Map<String, Long> keyed = counts(s, "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "SELECT ?key ?n { GRAPH <" + Totals.GRAPH + "> { ?t pg:tallySortKey ?k }"
                + " BIND(CONCAT(STR(?t), \" \", STRAFTER(?k, \" \")) AS ?key) BIND(xsd:integer(STRBEFORE(?k, \" \")) AS ?n)"
                + " FILTER(STRLEN(STRBEFORE(?k, \" \")) = 12) }");
        assertFalse(named.isEmpty());
        assertEquals(named, keyed);
    }

    /** The instrument tallies are ranked 1, 2, … by their counts, and no other has a rank. */
    static void assertRanked(Store s) {
        Map<String, Long> instruments = counts(s, TALLY_INSTRUMENT);
        Map<String, Long> ranks = counts(s, "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n"
                + "SELECT ?key ?n { GRAPH <" + Totals.GRAPH + "> { ?t pg:tallyInstrument ?i ; pg:instrumentRank ?n } BIND(STR(?i) AS ?key) }");
        assertEquals(Math.min(Totals.RANKED, instruments.size()), ranks.size());
        java.util.List<String> byRank = ranks.keySet().stream().sorted(java.util.Comparator.comparing(ranks::get)).toList();
        for (int i = 0; i < byRank.size(); i++) {
            assertEquals(i + 1, ranks.get(byRank.get(i)));
            if (i > 0) {
                assertTrue(instruments.get(byRank.get(i - 1)) >= instruments.get(byRank.get(i)), ranks + " " + instruments);
            }
        }
    }

    static Map<String, Long> counts(Store s, String query) {
        DatasetGraph dsg = s.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    RDFNode n = row.get("n");
                    assertEquals(null, out.put(row.getLiteral("key").getString(), n.asLiteral().getLong()), "one tally per key");
                }
            }
            return out;
        });
    }
}
