package org.pledgegraph.serve;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The explorer's part of the server: saved queries as a service at {@code /queries}, the
 * explorer page at {@code /explore/} and the echarts library (from its WebJar) at
 * {@code /webjars/echarts/5.3.1/dist/echarts.min.js}. The page reads only the SPARQL endpoint
 * and {@code /queries}.
 */
public final class Explorer {
    /** Where the page is. */
    public static final String PAGE = "/explore/";
    /** Where the saved queries are. */
    public static final String QUERIES = "/queries";
    static final String ECHARTS_VERSION = "5.3.1";
    private static final String STATIC = "org/pledgegraph/serve/explore/";
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/";

    private Explorer() {
    }

    /** Adds the explorer's servlets to {@code b}; queries run on {@code dsg} with {@code timeout}. */
    public static void addTo(FusekiServer.Builder b, QueryCatalog catalog, DatasetGraph dsg, Duration timeout) {
        QueriesServlet queries = new QueriesServlet(catalog, new QueryRunner(dsg, timeout));
        b.addServlet(QUERIES, queries);
        b.addServlet(QUERIES + "/*", queries);
        ResourceServlet page = new ResourceServlet(STATIC, "index.html");
        b.addServlet("/explore", page);
        b.addServlet("/explore/*", page);
        b.addServlet("/webjars/echarts/" + ECHARTS_VERSION + "/*", new ResourceServlet(ECHARTS, null));
    }
}
