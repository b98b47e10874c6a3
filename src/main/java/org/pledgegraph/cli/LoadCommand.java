package org.pledgegraph.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pledgegraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load PATH... [--store DIR]}: extract texts into the store, one named graph per file. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract statement texts (files or folders) into the store; loading a file again replaces its graph.")
public final class LoadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files, or folders of *.txt files.")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--fail-fast", description = "Stop at the first file that fails.")
    boolean failFast;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of the inputs (default: detected).")
    Charset encoding;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            return StoreLoader.load(s, paths, encoding, failFast, false, System.out);
        }
    }
}
