package org.pledgegraph.serve;

import java.net.URL;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.pledgegraph.PledgegraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only SPARQL server over a dataset: embedded Fuseki main with the dataset at
 * {@value #DATASET} (SPARQL query at {@code /sparql} and {@code /query}, Graph Store read at
 * {@code /get} and {@code /data}), no update, a query timeout, and the Fuseki UI at {@code /}.
 */
public final class Server implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET = "/pledgegraph";
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final FusekiServer fuseki;
    private final ServerOptions options;

    private final WriteAccess writes;

    private Server(FusekiServer fuseki, ServerOptions options, WriteAccess writes) {
        this.fuseki = fuseki;
        this.options = options;
        this.writes = writes;
    }

    /**
     * Starts serving {@code dsg} read-only.
     *
     * @throws PledgegraphException if the server cannot start (port in use, bad host)
     */
    public static Server start(DatasetGraph dsg, ServerOptions options) {
        return start(dsg, options, WriteAccess.readOnly());
    }

    /**
     * Starts serving {@code dsg}; if {@code writes} allows updates, SPARQL Update and Graph Store
     * writes are open to its user only (HTTP basic authentication), reads stay open to all.
     *
     * @throws PledgegraphException if the server cannot start (port in use, bad host)
     */
    public static Server start(DatasetGraph dsg, ServerOptions options, WriteAccess writes) {
        String millis = Long.toString(options.timeout().toMillis());
        dsg.getContext().set(ARQ.queryTimeout, millis);
        DatasetGraph served = ChineseTextIndex.wrap(dsg);
        // Building the in-memory index leaves hundreds of MB of garbage in the old generation on a
        // large store (1.0 GB, of which 0.36 GB live, at 2,000x). Collected now, once (0.2 s there),
        // it is not collected by G1's mixed collections in the first minutes of answering, whose
        // pauses (50-60 ms) each lengthened a query past 50 ms.
        System.gc();
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .loopback(ServerOptions.LOOPBACK.equals(options.host()))
                .addFilter("/$/*", new ReadOnlyFilter())
                .enablePing(true)
                .enableStats(true);
        if (writes.allowsUpdate()) {
            Updates.allow(b, DATASET, served, writes);
        } else {
            b.add(DATASET, served, false);
        }
        if (options.ui()) {
            addUi(b);
        }
        Explorer.addTo(b, QueryCatalog.standard(), served, options.timeout());
        FusekiServer fuseki = b.build();
        bindHost(fuseki, options.host());
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new PledgegraphException(options.host() + ":" + options.port()
                    + ": cannot start the server: " + e.getMessage(), e);
        }
        return new Server(fuseki, options, writes);
    }

    private static void addUi(FusekiServer.Builder b) {
        URL index = Server.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) {
            LOG.warn("The Fuseki UI (jena-fuseki-ui) is not on the classpath; serving without it");
            return;
        }
        String base = index.toExternalForm();
        b.staticFileBase(base.substring(0, base.length() - "/index.html".length()));
        b.addServlet("/$/server", new ActionServerStatus());
    }

    private static void bindHost(FusekiServer fuseki, String host) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector) {
                ((ServerConnector) c).setHost(host);
            }
        }
    }

    /** The port the server listens on (the real one when started on port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The host the server is bound to. */
    public String host() {
        return options.host();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + h + ":" + port();
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/pledgegraph}. */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** Lines to show a person: where to send queries and where the UI is. */
    public List<String> describe() {
        return List.of(
                "SPARQL query:      " + datasetUrl() + "/sparql  (also /query)",
                "Graph Store (GET): " + datasetUrl() + "/get  (also /data)",
                options.ui() ? "Web UI:            " + baseUrl() + "/" : "Web UI:            off",
                "Saved queries:     " + baseUrl() + Explorer.QUERIES,
                "Explorer:          " + baseUrl() + Explorer.PAGE,
                "Query timeout:     " + options.timeout().toMillis() + " ms; " + (writes.allowsUpdate()
                        ? "updates allowed for user '" + writes.user() + "' (SPARQL Update at " + datasetUrl()
                                + "/update, Graph Store at " + datasetUrl() + "/data)"
                        : "read-only"));
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
