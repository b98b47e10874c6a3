package org.pledgegraph.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Parallel;
import org.pledgegraph.Pipeline;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.rdf.Iris;
import org.pledgegraph.store.Store;

/**
 * Extracts files with the pipeline and puts each in its own named graph of the store, printing
 * {@code graph IRI <tab> triples} per file. Shared by {@code load} and {@code serve}. Files are
 * extracted on one worker thread per core and stored one by one, in order, each in its own write
 * transaction. The pipeline (lexicons, HanLP) is only built once a file needs extracting.
 */
final class StoreLoader {
    /** Files replaced in one run from which the store is compacted afterwards (one transaction per file leaves old blocks behind). */
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
        Supplier<Pipeline> pipeline = lazily(Pipeline::create);
        Batch batch = Batch.over(paths, failFast);
        AtomicInteger replaced = new AtomicInteger();
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
                out.println(graph + "\t" + store.size(graph) + " triples (unchanged)\t" + file);
                return;
            }
            long triples = store.replaceGraph(graph, outcome.extracted().model());
            replaced.incrementAndGet();
            out.println(graph + "\t" + triples + " triples\t" + file);
        });
        if (replaced.get() >= COMPACT_AFTER) {
            store.compact();
        }
        return batch.exitCode();
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
