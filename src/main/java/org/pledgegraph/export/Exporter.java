package org.pledgegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.store.Store;

/**
 * Writes the whole store in one RDF syntax, read in one transaction so the export is a consistent
 * snapshot: quad syntaxes keep a named graph per source file, triple syntaxes write their union.
 */
public final class Exporter {
    private Exporter() {
    }

    /** Writes the store to {@code out}. */
    public static void write(Store store, RdfFormat format, OutputStream out) {
        Txn.executeRead(store.datasetGraph(),
                () -> format.write(out, DatasetFactory.wrap(store.datasetGraph())));
    }

    /** Writes the store to {@code file}, through a temporary file so a failure leaves no half file. */
    public static void write(Store store, RdfFormat format, Path file) {
        Path abs = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), ".pledgegraph-export", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(store, format, out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PledgegraphException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the move succeeded or the file is already gone
        }
    }
}
