package org.pledgegraph.export;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.pledgegraph.store.Store;

/**
 * Writes the whole store in one RDF syntax, read in one transaction so the export is a consistent
 * snapshot: quad syntaxes keep a named graph per source file, triple syntaxes write their union.
 * The store's totals graph is not exported: it is derived from the files' graphs, which is what a
 * user exports (the next store rebuilds it).
 */
public final class Exporter {
    private Exporter() {
    }

    /** Writes the store to {@code out}. */
    public static void write(Store store, RdfFormat format, OutputStream out) {
        Txn.executeRead(store.datasetGraph(),
                () -> format.write(out, DatasetFactory.wrap(store.fileGraphs())));
    }

    /** Writes the store to {@code file}, through a temporary file so a failure leaves no half file. */
    public static void write(Store store, RdfFormat format, Path file) {
        AtomicFile.write(file, out -> write(store, format, out));
    }
}
