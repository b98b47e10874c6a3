package org.pledgegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.PledgegraphException;

class AtomicFileTest {
    private static final byte[] QUAD = "<urn:s> <urn:p> \"北京\" <urn:g> .\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheBytesAndThePermissionsOfAnyFileMadeHere() throws IOException {
        Path out = dir.resolve("all.nq");
        AtomicFile.write(out, o -> o.write(QUAD));
        assertEquals(new String(QUAD, StandardCharsets.UTF_8), Files.readString(out));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws IOException {
        Path out = Files.writeString(dir.resolve("all.nq"), "old\n");
        assertThrows(PledgegraphException.class, () -> AtomicFile.write(out, o -> {
            o.write(QUAD);
            throw new IOException("disk full");
        }));
        assertEquals("old\n", Files.readString(out));
    }

    /** A named pipe (like /dev/null or /dev/stdout, not a regular file) is written into, not replaced. */
    @Test
    void aTargetThatIsNotARegularFileIsWrittenThroughAndStaysWhatItIs() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFile.write(fifo, o -> o.write(QUAD));
        assertEquals(new String(QUAD, StandardCharsets.UTF_8), new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertFalse(Files.isRegularFile(fifo));
        assertTrue(Files.exists(fifo));
    }
}
