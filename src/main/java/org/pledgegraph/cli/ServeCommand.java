package org.pledgegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.pledgegraph.serve.Server;
import org.pledgegraph.serve.ServerOptions;
import org.pledgegraph.serve.WriteAccess;
import org.pledgegraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serve [PATH...]}: load texts into the store, then serve it read-only over SPARQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load statement texts (default: seeds/) into the store, then serve it read-only over SPARQL with the Fuseki UI. "
                + "A file whose graph already holds a run of this version over the same text is not extracted again.")
public final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text files or folders to load first (default: seeds/ if it exists).")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.LOOPBACK,
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "Longest a query may run: 10s, 500ms, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--no-ui", description = "Do not serve the Fuseki web UI.")
    boolean noUi;

    @Option(names = "--allow-update", description = "Open SPARQL Update (/update) and Graph Store writes (/data) "
            + "to one user with HTTP basic auth; the password comes from the environment variable PLEDGEGRAPH_PASSWORD "
            + "(user: PLEDGEGRAPH_USER, default admin). Reads stay open.")
    boolean allowUpdate;

    @Option(names = "--fail-fast", description = "Stop at the first file that fails to load.")
    boolean failFast;

    @Override
    public Integer call() {
        WriteAccess writes = allowUpdate ? WriteAccess.fromEnvironment(System.getenv()) : WriteAccess.readOnly();
        Store s = store.open();
        try {
            int loaded = load(s);
            if (loaded != 0 && failFast) {
                s.close();
                return loaded;
            }
            s.ensureTotals();
            if (allowUpdate) {
                s.markTotalsStale(); // updates bypass the totals: the next load or serve rebuilds them
            }
            Server server = Server.start(s.datasetGraph(), new ServerOptions(host, port, timeout, !noUi), writes);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                s.close();
            }, "pledgegraph-shutdown"));
            System.out.println("Serving " + s.dir() + " (" + s.graphs().size() + " graphs). Ctrl-C to stop.");
            server.describe().forEach(System.out::println);
            System.out.flush();
            server.join();
            return loaded;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private int load(Store s) {
        List<Path> inputs = paths;
        if (inputs == null || inputs.isEmpty()) {
            Path seeds = Path.of("seeds");
            if (!Files.isDirectory(seeds)) {
                return 0;
            }
            inputs = List.of(seeds);
        }
        return StoreLoader.load(s, inputs, null, failFast, true, System.out);
    }
}
