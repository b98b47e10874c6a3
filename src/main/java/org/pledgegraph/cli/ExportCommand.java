package org.pledgegraph.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.pledgegraph.export.Exporter;
import org.pledgegraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code export}: write the whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store as RDF: quad syntaxes keep a graph per source file, triple syntaxes their union.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    RdfOutput output;

    @Override
    public Integer call() throws IOException {
        try (Store s = store.openExisting()) {
            output.write(out -> Exporter.write(s, output.format, out));
        }
        return 0;
    }
}
