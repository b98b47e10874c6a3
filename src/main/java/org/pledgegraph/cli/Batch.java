package org.pledgegraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.read.SourceReader;

/**
 * Runs one job per input file, with a progress bar on long runs. A file that fails is reported
 * in one line naming it and the others go on (unless fail-fast); the exit code says whether
 * anything failed.
 */
final class Batch {
    /** The work done for one file. */
    interface FileJob {
        void run(Path file);
    }

    private final List<Path> files;
    private final List<String> failures = new ArrayList<>();
    private final boolean failFast;
    private final PrintStream err = System.err;

    private Batch(List<Path> files, List<String> failures, boolean failFast) {
        this.files = files;
        this.failures.addAll(failures);
        this.failFast = failFast;
    }

    /** The files named by {@code paths} (folders give their *.txt files). */
    static Batch over(List<Path> paths, boolean failFast) {
        List<String> problems = new ArrayList<>();
        List<Path> files = SourceReader.expand(paths, problem -> problems.add(problem.getMessage()));
        problems.forEach(p -> System.err.println("pledgegraph: " + p));
        if (failFast && !problems.isEmpty()) {
            throw new PledgegraphException(problems.get(0));
        }
        return new Batch(files, problems, failFast);
    }

    void run(FileJob job) {
        try (ProgressBar bar = progress()) {
            for (Path file : files) {
                try {
                    job.run(file);
                } catch (PledgegraphException e) {
                    failures.add(e.getMessage());
                    err.println("pledgegraph: " + e.getMessage());
                    if (failFast) {
                        return;
                    }
                } finally {
                    if (bar != null) {
                        bar.step();
                    }
                }
            }
        }
    }

    private ProgressBar progress() {
        if (files.size() < 2) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Reading").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUnit(" files", 1).build();
    }

    List<Path> files() {
        return files;
    }

    int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }
}
