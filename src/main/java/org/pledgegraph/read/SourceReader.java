package org.pledgegraph.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an input file into a {@link SourceText}: finds its encoding (BOM, strict UTF-8, then
 * GB18030/GBK or Big5 as juniversalchardet suggests), strips the BOM, and refuses files that are
 * not Chinese text with an {@link InputException} naming the file and the problem.
 */
public final class SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);

    private SourceReader() {
    }

    /**
     * Reads and decodes {@code file}.
     *
     * @param file   the file
     * @param forced the charset to use, or null to detect it
     * @return the decoded text
     * @throws InputException if the file is missing, a directory, unreadable, empty, binary,
     *                        undecodable or holds no Chinese text
     */
    public static SourceText read(Path file, Charset forced) {
        byte[] bytes = bytes(file);
        if (bytes.length == 0) {
            throw new InputException(file, "empty file");
        }
        Encodings.Decoded decoded = forced != null ? decodeForced(file, bytes, forced) : decodeDetected(file, bytes);
        TextChecks.requireText(file, decoded.text());
        LOG.debug("{}: read {} characters as {}", file, decoded.text().length(), decoded.charset());
        return new SourceText(file, decoded.text(), decoded.charset());
    }

    /**
     * Expands PATH arguments into the files to read: a file stands for itself, a folder for all
     * the {@code *.txt} files under it (recursively), sorted by path. Entries that cannot be read
     * are reported to {@code problems} and skipped.
     */
    public static List<Path> expand(List<Path> arguments, Consumer<InputException> problems) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                problems.accept(new InputException(argument, "no such file or folder"));
            } else if (Files.isDirectory(argument)) {
                files.addAll(textFilesUnder(argument, problems));
            } else {
                problem(argument).ifPresentOrElse(problems, () -> files.add(argument));
            }
        }
        return files;
    }

    /** Why a file cannot be read, if it cannot: not a regular file (a pipe, a device) or not readable. */
    private static Optional<InputException> problem(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(new InputException(file, Files.isSymbolicLink(file)
                    ? "broken link (its target does not exist)" : "no such file"));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(new InputException(file, "not a regular file (a pipe, socket or device)"));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(new InputException(file, "file is not readable"));
        }
        return Optional.empty();
    }

    private static List<Path> textFilesUnder(Path folder, Consumer<InputException> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
                    if (p.getFileName().toString().endsWith(".txt") && !attrs.isDirectory()) {
                        problem(p).ifPresentOrElse(problems, () -> found.add(p));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path p, IOException e) {
                    problems.accept(new InputException(p, "cannot read: " + reason(e), e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new InputException(folder, "cannot list folder: " + reason(e), e));
        }
        found.sort(null);
        return found;
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    private static byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException(file, "not a regular file (a pipe, socket or device)");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(file, "file is not readable (permission denied)", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new InputException(file, "cannot read file: " + e.getMessage(), e);
        }
    }

    private static Encodings.Decoded decodeForced(Path file, byte[] bytes, Charset charset) {
        int skip = Encodings.bomLength(bytes, charset);
        String text = Encodings.decode(bytes, skip, charset)
                .orElseThrow(() -> new InputException(file, "not valid " + charset.name() + " text"));
        return new Encodings.Decoded(text, charset);
    }

    private static Encodings.Decoded decodeDetected(Path file, byte[] bytes) {
        Optional<Charset> bom = Encodings.fromBom(bytes);
        if (bom.isPresent()) {
            return decodeForced(file, bytes, bom.get());
        }
        Optional<Charset> utf16 = Encodings.utf16ByNuls(bytes);
        if (utf16.isPresent()) {
            Optional<String> text = Encodings.decode(bytes, 0, utf16.get());
            if (text.isPresent() && TextChecks.hasChinese(text.get())) {
                return new Encodings.Decoded(text.get(), utf16.get());
            }
        }
        TextChecks.requireNoNul(file, bytes);
        // UTF-8 is the first candidate whatever the detector says, so bytes that are UTF-8 need no detector.
        Optional<String> utf8 = Encodings.decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Encodings.Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        for (Charset candidate : Encodings.candidates(bytes)) {
            Optional<String> text = Encodings.decode(bytes, 0, candidate);
            if (text.isPresent()) {
                return new Encodings.Decoded(text.get(), candidate);
            }
        }
        throw new InputException(file, "cannot decode: not UTF-8, UTF-16, GB18030/GBK or Big5 text");
    }
}
