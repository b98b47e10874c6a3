package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;
import picocli.CommandLine;

/** query and export on a real store of the fixtures, run as the command line runs them. */
class StoreCommandsTest {
    @TempDir
    Path dir;
    Path store;

    @BeforeEach
    void load() {
        store = dir.resolve("tdb2");
        Fixtures.loadBoth(store).close();
    }

    /** Runs a command with Main's error handling; returns exit code and standard output. */
    private static Result run(Callable<Integer> command, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = new CommandLine(command);
            cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
                if (e instanceof PledgegraphException) {
                    cmd.getErr().println("pledgegraph: " + e.getMessage());
                    return 1;
                }
                throw e;
            });
            int code = cl.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void queryPrintsRowsAsJson() {
        Result r = run(new QueryCommand(), "party-stances", "--store", store.toString(), "--format", "json",
                "--param", "party=FRA");
        assertEquals(0, r.code(), r.err());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        while (rs.hasNext()) {
            assertEquals("FRA", rs.next().getLiteral("party").getString());
            n++;
        }
        assertEquals(2, n, "France supports the NPT and opposes measures against the Paris Agreement");
    }

    @Test
    void queryPrintsATableAndCsv() {
        Result table = run(new QueryCommand(), "counts-by-party-kind", "--store", store.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("\"PAK\""), table.out());
        Result csv = run(new QueryCommand(), "counts-by-party-kind", "--store", store.toString(), "--format", "csv");
        assertTrue(csv.out().startsWith("party,kindName,commitments"), csv.out());
    }

    @Test
    void aBadParameterIsOneLineAndExitCode1() {
        Result r = run(new QueryCommand(), "party-stances", "--store", store.toString(), "--param", "party=R\"US");
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("party"), r.err());
    }

    @Test
    void aBadFormatIsAUsageError() {
        assertEquals(2, run(new QueryCommand(), "party-stances", "--store", store.toString(), "--format", "xml").code());
        assertEquals(2, run(new ExportCommand(), "--store", store.toString(), "--format", "rdfxml").code());
    }

    @Test
    void exportWritesAFileThatParsesBack() {
        Path out = dir.resolve("all.trig");
        Result r = run(new ExportCommand(), "--store", store.toString(), "--format", "trig", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, out.toString(), Lang.TRIG);
        assertTrue(back.getNamedModel(Fixtures.graphIri(Fixtures.PAK)).isIsomorphicWith(Fixtures.model(Fixtures.PAK)));
        try (Store s = Store.open(store)) {
            assertEquals(s.quadCount(), back.asDatasetGraph().stream().count());
        }
    }
}
