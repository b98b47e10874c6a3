package org.pledgegraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.pledgegraph.export.AtomicFile;
import org.pledgegraph.export.RdfFormat;
import picocli.CommandLine.Option;

/** The {@code --format} and {@code -o/--output} options shared by extract and export. */
final class RdfOutput {
    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nt, nq, trig or jsonld (default: ${DEFAULT-VALUE}).")
    RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    /** Writes to the output file (through a temporary file) or, without one, to standard output. */
    void write(AtomicFile.Body body) throws IOException {
        if (output == null) {
            body.write(System.out);
            System.out.flush();
        } else {
            AtomicFile.write(output, body);
        }
    }
}
