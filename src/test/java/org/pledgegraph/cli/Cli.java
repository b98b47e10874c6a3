package org.pledgegraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs {@link Main#run} in this JVM, as the command line runs it, capturing its output. */
final class Cli {
    /** Exit code, standard output and standard error of one run. */
    record Result(int code, String out, String err) {
        /** The one-line reports the CLI makes ({@code pledgegraph: FILE: problem}), in order. */
        List<String> errors() {
            return err.lines().flatMap(l -> l.lines()).flatMap(l -> List.of(l.split("\r")).stream())
                    .filter(l -> l.startsWith("pledgegraph: ")).toList();
        }

        /** Warnings logged by the pipeline (SLF4J simple: {@code [WARN] Pipeline - message}). */
        List<String> warnings() {
            return err.lines().filter(l -> l.contains("WARN")).toList();
        }

        /** True if anything looks like a stack trace. */
        boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception in thread") || err.contains("Caused by:");
        }
    }

    private Cli() {
    }

    static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
