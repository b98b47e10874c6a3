package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.Pipeline;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.Iris;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.store.Store;

/**
 * Loading files into the store: a file that fails is not stored and the others are; reloading a
 * file replaces its graph; with skip-unchanged (what serve does) a file is extracted again only
 * when its text changed.
 */
class StoreLoaderTest {
    private static final String STARTED_AT = "http://www.w3.org/ns/prov#startedAtTime";

    @Test
    void anUnchangedFileIsNotExtractedAgainAndAChangedOneIs(@TempDir Path texts, @TempDir Path dir) throws IOException {
        Path file = texts.resolve("statement.txt");
        Files.copy(Seeds.SEED, file);
        SourceText source = SourceReader.read(file, null);
        String graph = Iris.graph(source);
        try (Store store = Store.open(dir.resolve("store"))) {
            String first = load(store, texts, true);
            assertFalse(first.contains("(unchanged)"), first);
            long triples = store.size(graph);
            assertTrue(triples > 1000, first);
            assertTrue(store.hasSubject(graph, Pipeline.runIri(source)));

            String second = load(store, texts, true);
            assertTrue(second.contains(triples + " triples (unchanged)"), second);
            assertEquals(triples, store.size(graph));

            Files.writeString(file, "\n越南和巴西同意加强能源合作。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            String third = load(store, texts, true);
            assertFalse(third.contains("(unchanged)"), third);
            assertFalse(store.hasSubject(graph, Pipeline.runIri(source)), "the old run is replaced");
            assertTrue(store.hasSubject(graph, Pipeline.runIri(SourceReader.read(file, null))));
            assertEquals(List.of(graph), store.graphs());
        }
    }

    @Test
    void aFileThatFailsIsNotStoredAndTheFilesAroundItAre(@TempDir Path texts, @TempDir Path dir) throws IOException {
        Inputs.text(texts, "a-fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Inputs.binary(texts, "b-scan.txt");
        Inputs.text(texts, "c-vnm-kaz.txt", Inputs.VNM_KAZ, StandardCharsets.UTF_8);
        Inputs.empty(texts, "d-empty.txt");
        Inputs.text(texts, "e-idn-egy.txt", Inputs.IDN_EGY, StandardCharsets.UTF_8);
        try (Store store = Store.open(dir.resolve("store"))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int code = StoreLoader.load(store, List.of(texts), null, false, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertEquals(1, code);
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals(List.of("a-fra-bra.txt", "c-vnm-kaz.txt", "e-idn-egy.txt"),
                    lines.stream().map(l -> Path.of(l.split("\t")[2]).getFileName().toString()).toList(), "in file order");
            List<String> graphs = lines.stream().map(l -> l.split("\t")[0]).sorted().toList();
            assertEquals(graphs, store.graphs());
            for (String line : lines) {
                String[] cols = line.split("\t");
                assertEquals(cols[1], store.size(cols[0]) + " triples", "the count printed is the graph's: " + line);
            }
        }
    }

    @Test
    void reloadingAChangedFileLeavesNoTripleOfItsOldText(@TempDir Path texts, @TempDir Path dir) throws IOException {
        Path file = texts.resolve("statement.txt");
        Files.copy(Seeds.SEED, file);
        Inputs.text(texts, "fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        SourceText old = SourceReader.read(file, null);
        String graph = Iris.graph(old);
        try (Store store = Store.open(dir.resolve("store"))) {
            load(store, texts, false);
            assertTrue(store.size(graph) > 1000);
            Files.writeString(file, Inputs.VNM_KAZ, StandardCharsets.UTF_8);
            String second = load(store, file, false);
            assertTrue(second.startsWith(graph + "\t" + store.size(graph) + " triples\t"), second);
            assertFalse(store.hasSubject(graph, Pipeline.runIri(old)), "the old run is gone");
            try (Store fresh = Store.open(dir.resolve("fresh"))) {
                load(fresh, file, false);
                assertEquals(triples(fresh, graph), triples(store, graph), "the graph holds the new text's triples and nothing else");
            }
            assertEquals(2, store.graphs().size());
        }
    }

    /** The triples of one graph, but the time its run started (which differs from run to run). */
    private static Set<Triple> triples(Store store, String graph) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Triple> all = new HashSet<>();
            dsg.getGraph(NodeFactory.createURI(graph)).find().filterDrop(t -> t.getPredicate().getURI().equals(STARTED_AT))
                    .forEachRemaining(all::add);
            return all;
        });
    }

    private static String load(Store store, Path texts, boolean skipUnchanged) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = StoreLoader.load(store, List.of(texts), null, false, skipUnchanged, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
