package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;
import org.pledgegraph.store.StoreChild;

/**
 * {@code pledgegraph load} and {@code serve} against a real TDB2 store: one graph per good file,
 * reloading replaces, a load killed with SIGKILL leaves every graph whole, and a store held by
 * another process is one line, not a stack trace.
 */
class LoadCliTest {
    @TempDir
    Path dir;

    private Path folder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Inputs.text(in, "fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Inputs.text(in, "vnm-kaz.txt", Inputs.VNM_KAZ, Charset.forName("GBK"));
        Inputs.text(in, "pak-tur.txt", Inputs.PAK_TUR_TRADITIONAL, Charset.forName("Big5"));
        Inputs.text(in, "no-parties.txt", Inputs.NO_PARTIES, StandardCharsets.UTF_8);
        return in;
    }

    private static Map<String, Long> sizes(Path storeDir) {
        try (Store s = Store.open(storeDir)) {
            Map<String, Long> sizes = new LinkedHashMap<>();
            s.graphs().forEach(g -> sizes.put(g, s.size(g)));
            return sizes;
        }
    }

    @Test
    void loadingAFolderTwiceReplacesEachGraphAndKeepsTheCount() throws Exception {
        Path in = folder();
        Path bad = Inputs.binary(in, "scan.txt");
        Path store = dir.resolve("tdb2");
        Cli.Result first = Cli.run("load", in.toString(), "--store", store.toString());
        assertEquals(1, first.code(), "a bad file makes the exit code 1: " + first.err());
        assertEquals(List.of("pledgegraph: " + bad + ": binary file (NUL bytes), not text"), first.errors());
        assertEquals(4, first.out().lines().count(), "one line per graph loaded: " + first.out());
        Map<String, Long> once = sizes(store);
        assertEquals(4, once.size(), once.toString());

        Cli.Result second = Cli.run("load", in.toString(), "--store", store.toString());
        assertEquals(1, second.code());
        assertEquals(once, sizes(store), "loading the same files again replaces their graphs");
    }

    @Test
    void aLoadKilledWithSigkillLeavesEveryGraphWhole() throws Exception {
        Path in = folder();
        Path complete = dir.resolve("complete");
        assertEquals(0, Cli.run("load", in.toString(), "--store", complete.toString()).code());
        Map<String, Long> whole = sizes(complete);

        Path store = dir.resolve("tdb2");
        Fixtures.loadBoth(store).close();
        Map<String, Long> before = sizes(store);
        Process child = child("org.pledgegraph.cli.Main", "load", in.toString(), "--store", store.toString());
        try {
            awaitLine(child, "triples");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        Map<String, Long> after = sizes(store);
        before.forEach((g, n) -> assertEquals(n, after.get(g), "a graph loaded earlier is untouched: " + g));
        after.keySet().removeAll(before.keySet());
        assertFalse(after.isEmpty(), "the file committed before the kill is there");
        after.forEach((g, n) -> assertEquals(whole.get(g), n, "a graph is all or nothing: " + g));
    }

    @Test
    void loadAndServeOnAStoreHeldByAnotherProcessAreOneLine() throws Exception {
        Path store = dir.resolve("tdb2");
        Path in = folder();
        Process holder = child(StoreChild.class.getName(), "hold", store.toString());
        try {
            awaitLine(holder, StoreChild.READY);
            for (String command : List.of("serve", "load", "query", "export")) {
                List<String> args = new ArrayList<>(List.of(command, "--store", store.toString()));
                args.addAll(switch (command) {
                    case "serve" -> List.of("--port", "0", "--no-ui", in.toString());
                    case "load" -> List.of(in.toString());
                    case "query" -> List.of("counts-by-party-kind");
                    default -> List.of();
                });
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertEquals(1, r.code(), command + ": " + r.err());
                assertFalse(r.hasStackTrace(), command + ": " + r.err());
                assertEquals(1, r.errors().size(), command + ": " + r.err());
                String line = r.errors().get(0);
                assertTrue(line.startsWith("pledgegraph: " + store + ": "), line);
                assertTrue(line.contains("in use by another process"), line);
            }
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void serveWithFailFastStopsOnABadFileAndLeavesNothingOpen() throws Exception {
        Path in = folder();
        Path bad = Inputs.empty(in, "zz-empty.txt");
        Path store = dir.resolve("tdb2");
        Cli.Result r = Cli.run("serve", "--store", store.toString(), "--port", "0", "--no-ui", "--fail-fast", in.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("pledgegraph: " + bad + ": empty file"), r.errors());
        assertFalse(r.out().contains("Serving"), r.out());
        try (Store again = Store.open(store)) {
            assertEquals(4, again.graphs().size(), "the store was released and keeps the files loaded before the bad one");
        }
    }

    private Process child(String main, String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", cp, main));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's output until a line containing {@code text}; fails if the child ends first. */
    private static void awaitLine(Process p, String text) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            if (l.contains(text)) {
                return;
            }
        }
        throw new AssertionError("child ended before printing " + text);
    }

    @Test
    void serveListensOnLoopbackUnlessHostIsGiven() {
        ServeCommand plain = new ServeCommand();
        new picocli.CommandLine(plain).parseArgs();
        assertEquals("127.0.0.1", plain.host);
        ServeCommand wide = new ServeCommand();
        new picocli.CommandLine(wide).parseArgs("--host", "0.0.0.0");
        assertEquals("0.0.0.0", wide.host);
    }
}
