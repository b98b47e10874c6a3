package org.pledgegraph.cli;

import java.nio.file.Path;

import org.pledgegraph.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by load, serve, query and export. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Opens the store, creating it if needed (load, serve). */
    Store open() {
        return Store.open(dir);
    }

    /** Opens a store that must exist (query, export). */
    Store openExisting() {
        return Store.openExisting(dir);
    }
}
