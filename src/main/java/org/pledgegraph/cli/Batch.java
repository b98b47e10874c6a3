package org.pledgegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pledgegraph.Parallel;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.read.SourceReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job per input file, with a progress bar on long runs. A file that fails is reported
 * in one line naming it and the others go on (unless fail-fast); the exit code says whether
 * anything failed. An unexpected exception in one file (a bug) is reported the same way, so that
 * one odd file never stops a folder half-way.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);
    /** The largest file extracted: about 30 s and 1 GB of heap per 2 MB of text. */
    static final long MAX_BYTES = 4L << 20;

    /** The work done for one file. */
    interface FileJob {
        void run(Path file);
    }

    private final List<Path> files;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Path> graphs = new HashMap<>();
    private final boolean failFast;
    private final PrintStream err = System.err;
    private ProgressBar bar;

    private Batch(List<Path> files, List<String> failures, boolean failFast) {
        this.files = files;
        this.failures.addAll(failures);
        this.failFast = failFast;
    }

    /** The files named by {@code paths} (folders give their *.txt files). */
    static Batch over(List<Path> paths, boolean failFast) {
        List<String> problems = new ArrayList<>();
        List<Path> files = SourceReader.expand(paths, problem -> problems.add(problem.getMessage()));
        if (failFast && !problems.isEmpty()) {
            throw new PledgegraphException(problems.get(0));
        }
        problems.forEach(p -> System.err.println("pledgegraph: " + p));
        return new Batch(files, problems, failFast);
    }

    /** Runs the job on one file; false, after reporting it in one line, if the file failed. */
    private boolean runOne(FileJob job, Path file) {
        try {
            requireSize(file);
            job.run(file);
            return true;
        } catch (PledgegraphException e) {
            return fail(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("{}: failed", file, e);
            return fail(file + ": cannot extract: " + oneLine(e));
        } catch (OutOfMemoryError e) {
            return fail(file + ": too large for the memory given (raise -Xmx in PLEDGEGRAPH_JAVA_OPTS)");
        }
    }

    /** Refuses a file too large to extract in the memory the launcher gives, before reading it. */
    private static void requireSize(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PledgegraphException(file + ": cannot read file: " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new PledgegraphException(String.format(Locale.ROOT,
                    "%s: too large: %.1f MB (the limit is %d MB; a joint statement is rarely over 100 KB: split the file)",
                    file, size / 1048576.0, MAX_BYTES >> 20));
        }
    }

    /** Reports one failed file (also a file whose stored graph was lost with a failed commit); always false. */
    boolean fail(String line) {
        failures.add(line);
        if (bar != null) {
            err.println(); // leave the progress bar's line, so that the report has a line of its own
        }
        err.println("pledgegraph: " + line);
        return false;
    }

    private static String oneLine(Throwable e) {
        String msg = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip().split("\\R")[0];
        return msg + " (a bug: please report it with this file)";
    }

    private ProgressBar progress() {
        if (files.size() < 2 || System.console() == null) {
            return null; // a bar only for a person at a terminal, not in logs and pipes
        }
        return new ProgressBarBuilder().setTaskName("Reading").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUnit(" files", 1).build();
    }

    /**
     * Runs {@code work} on each file on {@code threads} worker threads and gives the results to
     * {@code sink} in file order on this thread (where a store is written). A file whose work or
     * sink fails is reported in one line naming it and the others go on,
     * unless fail-fast; files over the size limit are refused before they are read.
     */
    <T> void run(int threads, Function<Path, T> work, BiConsumer<Path, T> sink) {
        try (ProgressBar shown = progress()) {
            bar = shown;
            Parallel.ordered(files, threads, file -> {
                requireSize(file);
                return work.apply(file);
            }, (file, result) -> {
                boolean stop = !runOne(f -> sink.accept(f, result.get()), file) && failFast;
                if (bar != null) {
                    bar.step();
                }
                if (stop) {
                    throw new Stop();
                }
            });
        } catch (Stop stop) {
            // fail-fast: the failure is reported, the files after it are not stored
        } finally {
            bar = null;
        }
    }

    /** Ends a fail-fast run at its first failure. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /**
     * Records that {@code file} writes the named graph {@code graphIri}; fails if another file of
     * this run already did (two files with the same name in different folders).
     */
    void claim(Path file, String graphIri) {
        Path other = graphs.putIfAbsent(graphIri, file);
        if (other != null && !other.equals(file)) {
            throw new PledgegraphException(file + ": same graph <" + graphIri + "> as " + other
                    + " (graphs are named after the file name; rename one of them)");
        }
    }

    List<Path> files() {
        return files;
    }

    int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }
}
