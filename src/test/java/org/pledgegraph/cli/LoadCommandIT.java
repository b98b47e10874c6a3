package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.store.Store;

/** {@code load} through Main, on the seed text, with the real pipeline and a real store. */
class LoadCommandIT {
    @TempDir
    Path dir;

    @Test
    void loadingTwiceReplacesTheGraphAndABadFileIsOneLine() throws Exception {
        Path store = dir.resolve("tdb2");
        Path bad = dir.resolve("empty.txt");
        Files.writeString(bad, "");
        Cli.Result first = Cli.run("load", "seeds", "--store", store.toString());
        assertEquals(0, first.code(), first.err());
        long before;
        List<String> graphs;
        try (Store s = Store.open(store)) {
            before = s.quadCount();
            graphs = s.graphs();
        }
        assertEquals(1, graphs.size());
        assertTrue(first.out().startsWith(graphs.get(0) + "\t" + before + " triples"), first.out());

        Cli.Result second = Cli.run("load", bad.toString(), "seeds", "--store", store.toString());
        assertEquals(1, second.code(), "a file failed");
        assertTrue(second.err().lines().anyMatch(l -> l.startsWith("pledgegraph: " + bad)), second.err());
        assertTrue(second.out().startsWith(graphs.get(0)), "the other file still loads: " + second.out());
        try (Store s = Store.open(store)) {
            assertEquals(before, s.quadCount());
            assertEquals(graphs, s.graphs());
        }
    }
}
