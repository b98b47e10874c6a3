package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void loadingTwiceReplacesTheGraphAndABadFileIsOneLine() throws Exception {
        Path store = dir.resolve("tdb2");
        Path bad = dir.resolve("empty.txt");
        Files.writeString(bad, "");
        String[] first = run("load", "seeds", "--store", store.toString());
        assertEquals("0", first[0], first[2]);
        long before;
        List<String> graphs;
        try (Store s = Store.open(store)) {
            before = s.quadCount();
            graphs = s.graphs();
        }
        assertEquals(1, graphs.size());
        assertTrue(first[1].startsWith(graphs.get(0) + "\t" + before + " triples"), first[1]);

        String[] second = run("load", bad.toString(), "seeds", "--store", store.toString());
        assertEquals("1", second[0], "a file failed");
        assertTrue(second[2].lines().anyMatch(l -> l.startsWith("pledgegraph: " + bad)), second[2]);
        assertTrue(second[1].startsWith(graphs.get(0)), "the other file still loads: " + second[1]);
        try (Store s = Store.open(store)) {
            assertEquals(before, s.quadCount());
            assertEquals(graphs, s.graphs());
        }
    }
}
