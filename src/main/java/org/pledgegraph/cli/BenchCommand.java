package org.pledgegraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pledgegraph.Parallel;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.bench.Bench;
import org.pledgegraph.bench.BenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench [--scale N]}: time extraction, loading, queries and start-up; last line machine-readable. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark on a generated corpus of N × the seed: tokenizer floor, extraction, load "
                + "(ours and Jena's bulk loader), saved queries over HTTP, serve start-up. Prints one table; "
                + "the last line is 'bench: scale=N key=value ...'.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scale", defaultValue = "1", description = "Corpus size in seeds (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--dir", defaultValue = "data/bench", paramLabel = "DIR",
            description = "Work folder; its corpus/, store/, bulk/ and serve-store/ are replaced (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--threads", description = "Worker threads for the floor and the extraction (default: one per core).")
    Integer threads;

    @Option(names = "--runs", defaultValue = "20", description = "Times each saved query is sent (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (scale < 1 || runs < 1 || (threads != null && threads < 1)) {
            throw new PledgegraphException("--scale, --runs and --threads must be at least 1");
        }
        quietServerLogs();
        Bench.Options options = new Bench.Options(scale, dir, home("seeds"), home("queries"),
                threads == null ? Parallel.defaultThreads() : threads, runs);
        BenchReport report = new Bench(options, line -> System.err.println("bench: " + line)).run();
        report.table().forEach(System.out::println);
        System.out.println(report.summaryLine());
        return 0;
    }

    /** Fuseki and Jetty log every request at INFO; the bench sends thousands. */
    private static void quietServerLogs() {
        for (String logger : new String[] {"org.apache.jena.fuseki", "org.eclipse.jetty"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
    }

    /** {@code name} in the working directory, else under pledgegraph.home. */
    private static Path home(String name) {
        Path here = Path.of(name);
        String home = System.getProperty("pledgegraph.home");
        if (Files.isDirectory(here) || home == null) {
            return here;
        }
        return Path.of(home, name);
    }
}
