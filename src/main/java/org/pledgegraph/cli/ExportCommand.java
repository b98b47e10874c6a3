package org.pledgegraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pledgegraph.export.Exporter;
import org.pledgegraph.export.RdfFormat;
import org.pledgegraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: write the whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store as RDF: quad syntaxes keep a graph per source file, triple syntaxes their union.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nt, nq, trig or jsonld (default: ${DEFAULT-VALUE}).")
    RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            if (output == null) {
                Exporter.write(s, format, System.out);
                System.out.flush();
            } else {
                Exporter.write(s, format, output);
            }
        }
        return 0;
    }
}
