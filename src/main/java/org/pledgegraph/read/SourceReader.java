package org.pledgegraph.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
            } else if (!Files.isReadable(argument)) {
                problems.accept(new InputException(argument, "file is not readable"));
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    private static List<Path> textFilesUnder(Path folder, Consumer<InputException> problems) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> found = walk.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            List<Path> readable = new ArrayList<>();
            for (Path p : found) {
                if (Files.isReadable(p)) {
                    readable.add(p);
                } else {
                    problems.accept(new InputException(p, "file is not readable"));
                }
            }
            return readable;
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(new InputException(folder, "cannot list folder: " + e.getMessage(), e));
            return List.of();
        }
    }

    private static byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file, "is a folder, not a file");
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
        for (Charset candidate : Encodings.candidates(bytes)) {
            Optional<String> text = Encodings.decode(bytes, 0, candidate);
            if (text.isPresent()) {
                return new Encodings.Decoded(text.get(), candidate);
            }
        }
        throw new InputException(file, "cannot decode: not UTF-8, UTF-16, GB18030/GBK or Big5 text");
    }
}
