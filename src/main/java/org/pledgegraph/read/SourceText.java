package org.pledgegraph.read;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A decoded input file.
 *
 * @param path    the file it was read from
 * @param text    the decoded text exactly as in the file (BOM removed); every {@link Span} points into it
 * @param charset the charset it was decoded with
 */
public record SourceText(Path path, String text, Charset charset) {
    public SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }

    /** The file name, used to name the source in the graph. */
    public String name() {
        return path.getFileName().toString();
    }
}
