package org.pledgegraph.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Parallel;
import org.pledgegraph.Pipeline;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.rdf.Iris;
import org.pledgegraph.store.GraphWriter;
import org.pledgegraph.store.Store;

/**
 * Extracts files with the pipeline and puts each in its own named graph of the store, printing
 * {@code graph IRI <tab> triples <tab> file} per file once it is committed. Shared by {@code load}
 * and {@code serve}. Files are extracted on one worker thread per core and stored in order on the
 * calling thread, each graph replaced whole, in shared write transactions committed when
 * {@link GraphWriter#commitDue()} says (a handful per run) and at the end. A crash loses the
 * files since the last commit, never part of one.
 * The store is compacted only when the run replaced graphs it already held (their old triples
 * stay on disk until then). The pipeline (lexicons, HanLP) is only built once a file needs
 * extracting. A store without totals (made by an older version) gets them built first.
 */
final class StoreLoader {
    /** Graphs overwritten in one run from which the store is compacted afterwards. */
    static final int COMPACT_AFTER = 2;

    private StoreLoader() {
    }

    /** What happened to one file: its text, and its extraction (none if it was unchanged). */
    private record Outcome(SourceText source, ExtractedFile extracted) {
        boolean unchanged() {
            return extracted == null;
        }
    }

    /**
     * Loads {@code paths} (files or folders), reading them in {@code charset} (null: detect);
     * returns the exit code (1 if any file failed). With {@code skipUnchanged}, a file whose
     * graph already records a run of this version over the same text (same SHA-256) is left as
     * it is and reported as unchanged.
     */
    static int load(Store store, List<Path> paths, Charset charset, boolean failFast, boolean skipUnchanged,
            PrintStream out) {
        store.ensureTotals();
        Supplier<Pipeline> pipeline = lazily(Pipeline::create);
        Batch batch = Batch.over(paths, failFast);
        try (Commits commits = new Commits(store.writer(), batch, out)) {
            batch.run(Parallel.defaultThreads(), file -> {
                SourceText source = read(file, charset);
                if (skipUnchanged && store.hasSubject(Iris.graph(source), Pipeline.runIri(source))) {
                    return new Outcome(source, null);
                }
                return new Outcome(source, extract(pipeline.get(), source));
            }, (file, outcome) -> {
                String graph = Iris.graph(outcome.source());
                batch.claim(file, graph);
                if (outcome.unchanged()) {
                    commits.unchanged(graph + "\t" + store.size(graph) + " triples (unchanged)\t" + file);
                } else {
                    commits.replace(file, graph, outcome.extracted().model());
                }
            });
            commits.finish();
            if (commits.overwritten() >= COMPACT_AFTER) {
                store.compact();
            }
        }
        return batch.exitCode();
    }

    /**
     * The files stored since the last commit, whose lines are printed once they are committed; if
     * the store fails, each is reported as not stored.
     */
    private static final class Commits implements AutoCloseable {
        /** One file's line, and whether it waits for the commit (false: unchanged, nothing written). */
        private record Pending(Path file, String line, boolean written) {
        }

        private final GraphWriter writer;
        private final Batch batch;
        private final PrintStream out;
        private final List<Pending> pending = new ArrayList<>();

        Commits(GraphWriter writer, Batch batch, PrintStream out) {
            this.writer = writer;
            this.batch = batch;
            this.out = out;
        }

        void unchanged(String line) {
            pending.add(new Pending(null, line, false));
        }

        /** Replaces the graph of {@code file}, after committing the files before it if they are enough. */
        void replace(Path file, String graph, Model model) {
            if (writer.commitDue()) {
                commit();
            }
            try {
                long triples = writer.replace(graph, model);
                pending.add(new Pending(file, graph + "\t" + triples + " triples\t" + file, true));
            } catch (PledgegraphException e) {
                lost(e.getMessage());
                throw e;
            }
        }

        /** Commits the files stored so far and prints their lines. */
        void commit() {
            try {
                writer.commit();
            } catch (PledgegraphException e) {
                lost(e.getMessage());
                throw e;
            }
            for (Pending p : pending) {
                out.println(p.line());
            }
            pending.clear();
        }

        /** Commits the last files; if that fails, each is reported as not stored. */
        void finish() {
            try {
                commit();
            } catch (PledgegraphException e) {
                // reported file by file by lost()
            }
        }

        /** Graphs replaced in this run that already held triples. */
        int overwritten() {
            return writer.overwritten();
        }

        /** The open transaction was aborted: its files are reported as not stored. */
        private void lost(String reason) {
            for (Pending p : pending) {
                if (p.written()) {
                    batch.fail(p.file() + ": not stored: " + reason);
                } else {
                    out.println(p.line());
                }
            }
            pending.clear();
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    private static SourceText read(Path file, Charset charset) {
        try {
            return SourceReader.read(file, charset);
        } catch (PledgegraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(file, e);
        }
    }

    private static ExtractedFile extract(Pipeline pipeline, SourceText source) {
        try {
            return pipeline.extract(source);
        } catch (PledgegraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(source.path(), e);
        }
    }

    private static PledgegraphException failure(Path file, RuntimeException e) {
        return new PledgegraphException(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage().strip().split("\\R")[0]), e);
    }

    /** Builds the value on first use, once, whichever thread asks first. */
    private static <T> Supplier<T> lazily(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
