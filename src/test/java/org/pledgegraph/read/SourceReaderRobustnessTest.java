package org.pledgegraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Directory entries that are not readable files, and UTF-16 without a byte-order mark. */
class SourceReaderRobustnessTest {
    /** No ASCII at all, and 一 (U+4E00) has a NUL byte in UTF-16: the NULs alone mislead. */
    private static final String NO_ASCII = "一、双方一致同意在平等互利基础上加强经贸合作。二、双方一致认为应当维护多边贸易体制。";

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
        }
        return fifo;
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutAByteOrderMarkIsReadEvenWithoutAscii(String charset) throws Exception {
        Path file = Files.write(dir.resolve("u16.txt"), NO_ASCII.getBytes(Charset.forName(charset)));
        SourceText src = SourceReader.read(file, null);
        assertEquals(NO_ASCII, src.text());
        assertEquals(Charset.forName(charset), src.charset());
    }

    @Test
    void aNamedPipeIsRefusedRatherThanReadForever() throws Exception {
        Path fifo = fifo("pipe.txt");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> SourceReader.read(fifo, null)));
        assertTrue(e.getMessage().startsWith(fifo + ": not a regular file"), e.getMessage());
    }

    @Test
    void aFolderWithEntriesThatCannotBeReadReportsEachAndKeepsTheRest() throws Exception {
        Path good = Files.writeString(dir.resolve("a.txt"), NO_ASCII, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sub"));
        Path later = Files.writeString(dir.resolve("sub/z.txt"), NO_ASCII, StandardCharsets.UTF_8);
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
        Path fifo = fifo("pipe.txt");
        List<InputException> problems = new ArrayList<>();
        List<Path> files = SourceReader.expand(List.of(dir, fifo), problems::add);
        assertEquals(List.of(good, later), files);
        List<String> messages = problems.stream().map(InputException::getMessage).sorted().toList();
        assertEquals(List.of(broken + ": broken link (its target does not exist)",
                fifo + ": not a regular file (a pipe, socket or device)",
                fifo + ": not a regular file (a pipe, socket or device)"), messages);
    }
}
