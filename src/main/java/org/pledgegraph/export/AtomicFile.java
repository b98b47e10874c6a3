package org.pledgegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pledgegraph.PledgegraphException;

/** Writes a file through a temporary file beside it, moved into place at the end: a failure leaves no half file. */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file}; a folder, a missing folder or a failed write is one line naming the file. */
    public static void write(Path file, Body body) {
        Path abs = file.toAbsolutePath();
        Path folder = abs.getParent();
        if (Files.isDirectory(abs) || !Files.isDirectory(folder)) {
            throw new PledgegraphException(file + ": cannot write here: "
                    + (Files.isDirectory(abs) ? "it is a folder" : "folder " + folder + " does not exist"));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(folder, ".pledgegraph", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
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
