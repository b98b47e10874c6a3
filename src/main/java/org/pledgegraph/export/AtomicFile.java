package org.pledgegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.pledgegraph.PledgegraphException;

/**
 * Writes a file through a temporary file beside it, moved into place at the end: a failure leaves
 * no half file. A target that exists and is not a regular file ({@code /dev/null}, a named pipe,
 * {@code /dev/stdout}) is written straight through: moving a file onto it would replace the device.
 */
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
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            writeThrough(file, abs, body);
            return;
        }
        Path tmp = null;
        try {
            // not Files.createTempFile: its file is readable by its owner only, and the move keeps that
            tmp = folder.resolve("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.write(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PledgegraphException(file + ": cannot write: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void writeThrough(Path file, Path target, Body body) {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            body.write(out);
        } catch (IOException e) {
            throw new PledgegraphException(file + ": cannot write: " + e.getMessage(), e);
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
