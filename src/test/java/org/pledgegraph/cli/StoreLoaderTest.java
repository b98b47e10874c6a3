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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.Pipeline;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.Iris;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.store.Store;

/** Loading with skip-unchanged (what serve does): a file is extracted again only when its text changed. */
class StoreLoaderTest {
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

    private static String load(Store store, Path texts, boolean skipUnchanged) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = StoreLoader.load(store, List.of(texts), null, false, skipUnchanged, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
