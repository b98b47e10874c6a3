package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.PledgegraphException;

/** The store seen from another process: its lock, and a load killed with SIGKILL half-way. */
class StoreProcessIT {
    @TempDir
    Path dir;

    private Process child(String mode) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", cp, StoreChild.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's output until {@code line}; fails if the child ends first. */
    private static void await(Process p, String line) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            if (l.equals(line)) {
                return;
            }
        }
        throw new AssertionError("child ended before saying " + line);
    }

    @Test
    void aStoreHeldByAnotherProcessGivesOneLine() throws Exception {
        Process holder = child("hold");
        try {
            await(holder, StoreChild.READY);
            PledgegraphException e = assertThrows(PledgegraphException.class, () -> Store.open(dir));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Runs the child in {@code mode} and kills it (SIGKILL) once it says it is half-way through writing. */
    private void killHalfWay(String mode) throws Exception {
        Process writer = child(mode);
        try {
            await(writer, StoreChild.HALFWAY);
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(137, writer.exitValue(), "killed by SIGKILL");
    }

    @Test
    void aLoadKilledHalfWayLeavesTheStoreAsBefore() throws Exception {
        long before;
        List<String> graphs;
        try (Store s = Fixtures.loadBoth(dir)) {
            before = s.quadCount();
            graphs = s.graphs();
        }
        killHalfWay("load");
        try (Store s = Store.open(dir)) {
            assertEquals(graphs, s.graphs());
            assertEquals(before, s.quadCount());
        }
    }

    @Test
    void aBatchKilledBeforeItsCommitLeavesTheStoreAsOfTheLastCommit() throws Exception {
        long before;
        List<String> graphs;
        try (Store s = Fixtures.loadBoth(dir)) {
            before = s.quadCount();
            graphs = new java.util.ArrayList<>(s.graphs());
        }
        killHalfWay("batch");
        graphs.add(StoreChild.COMMITTED_GRAPH);
        graphs.sort(null);
        try (Store s = Store.open(dir)) {
            assertEquals(graphs, s.graphs(), "the graphs committed, none of the batch after");
            assertEquals(before + Fixtures.model(Fixtures.FRA).size(), s.quadCount());
        }
    }
}
