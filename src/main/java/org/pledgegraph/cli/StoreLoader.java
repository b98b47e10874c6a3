package org.pledgegraph.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.store.Store;

/**
 * Extracts files with the pipeline and puts each in its own named graph of the store, printing
 * {@code graph IRI <tab> triples} per file. Shared by {@code load} and {@code serve}.
 */
final class StoreLoader {
    private StoreLoader() {
    }

    /** Loads {@code paths} (files or folders); returns the exit code (1 if any file failed). */
    static int load(Store store, List<Path> paths, boolean failFast, PrintStream out) {
        return load(store, paths, null, failFast, out);
    }

    /** As {@link #load(Store, List, boolean, PrintStream)}, reading the files in {@code charset} (null: detect). */
    static int load(Store store, List<Path> paths, Charset charset, boolean failFast, PrintStream out) {
        Pipeline pipeline = Pipeline.create();
        Batch batch = Batch.over(paths, failFast);
        batch.run(file -> {
            ExtractedFile x = extract(pipeline, file, charset);
            batch.claim(file, x.graphIri());
            long triples = store.replaceGraph(x.graphIri(), x.model());
            out.println(x.graphIri() + "\t" + triples + " triples\t" + file);
        });
        return batch.exitCode();
    }

    private static ExtractedFile extract(Pipeline pipeline, Path file, Charset charset) {
        try {
            return pipeline.extract(file, charset);
        } catch (PledgegraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PledgegraphException(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage().strip().split("\\R")[0]), e);
        }
    }
}
