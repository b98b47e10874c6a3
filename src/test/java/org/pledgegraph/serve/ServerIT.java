package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;

/** A real Fuseki on a free port over a real TDB2 store, spoken to over real HTTP. */
class ServerIT {
    private static final String PREFIX = "PREFIX pg: <" + PG.NS + "> ";
    @TempDir
    static Path dir;
    static Store store;
    static Server server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = Fixtures.loadBoth(dir);
        server = Server.start(store.datasetGraph(),
                ServerOptions.defaults().withPort(0).withTimeout(Duration.ofMillis(1500)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Writes go on a fresh connection: the server may close one after refusing a request body. */
    private static HttpResponse<String> write(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return fresh.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String endpoint, String q) throws IOException, InterruptedException {
        String url = server.datasetUrl() + "/" + endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json"));
    }

    private static ResultSet rows(HttpResponse<String> r) {
        return ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparql", "query"})
    void aSparqlQueryOverHttpReturnsRows(String endpoint) throws Exception {
        HttpResponse<String> r = query(endpoint,
                PREFIX + "SELECT ?code { ?c pg:kind pg:Opposition ; pg:party/pg:code ?code }");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = rows(r);
        assertEquals("FRA", rs.next().getLiteral("code").getString());
        assertTrue(!rs.hasNext());
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllFiles() throws Exception {
        HttpResponse<String> r = query("sparql", PREFIX + "SELECT (COUNT(*) AS ?n) { ?c a pg:Commitment }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(7, rows(r).next().getLiteral("n").getInt());
    }

    @Test
    void theGraphStoreReadsOneFilesGraph() throws Exception {
        String url = server.datasetUrl() + "/get?graph="
                + URLEncoder.encode(Fixtures.graphIri(Fixtures.PAK), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/turtle"));
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertTrue(m.isIsomorphicWith(Fixtures.model(Fixtures.PAK)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparql", "update", "query"})
    void sparqlUpdateIsRefused(String endpoint) throws Exception {
        String update = "INSERT DATA { <urn:x:s> <urn:x:p> \"o\" }";
        HttpResponse<String> r = write(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/" + endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertClientError(r);
        HttpResponse<String> form = write(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/" + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))));
        assertClientError(form);
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void graphStoreWritesAreRefused(String method) throws Exception {
        for (String endpoint : new String[] {"get", "data", ""}) {
            String url = server.datasetUrl() + (endpoint.isEmpty() ? "" : "/" + endpoint) + "?graph="
                    + URLEncoder.encode(Fixtures.graphIri(Fixtures.PAK), StandardCharsets.UTF_8);
            HttpResponse<String> r = write(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"o\" .")));
            assertClientError(r);
        }
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/datasets?dbName=evil&dbType=mem", "/$/server", "/$/compact/pledgegraph", "/$/backup/pledgegraph"})
    void adminWritesAreRefused(String path) throws Exception {
        HttpResponse<String> r = write(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertClientError(r);
        HttpResponse<String> del = write(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/datasets/pledgegraph"))
                .DELETE());
        assertClientError(del);
        assertEquals(200, query("sparql", "ASK {}").statusCode());
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                r.request().method() + " " + r.uri() + " gave " + r.statusCode());
    }

    private static void assertUnchanged() throws Exception {
        // the files' graphs; the store's totals graph (store.Totals) is left out
        HttpResponse<String> r = query("sparql", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
                + org.pledgegraph.store.Totals.GRAPH + ">) }");
        long expected = Fixtures.model(Fixtures.FRA).size() + Fixtures.model(Fixtures.PAK).size();
        assertEquals(expected, rows(r).next().getLiteral("n").getLong());
    }

    @Test
    void theServerBindsOnlyTheLoopbackInterface() throws Exception {
        assertEquals("127.0.0.1", server.host());
        assertEquals(200, query("sparql", "ASK {}").statusCode());
        Optional<InetAddress> other = otherAddress();
        if (other.isPresent()) {
            String url = "http://" + other.get().getHostAddress() + ":" + server.port() + "/$/ping";
            assertThrows(ConnectException.class, () -> send(HttpRequest.newBuilder(URI.create(url))));
        }
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
    }

    private static Optional<InetAddress> otherAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void aRunawayQueryIsStoppedAndTheServerStillAnswers() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        HttpResponse<String> r = query("sparql", runaway);
        assertNotEquals(200, r.statusCode(), "the runaway query finished: " + r.body());
        HttpResponse<String> next = query("sparql", PREFIX + "ASK { ?c a pg:Commitment }");
        assertEquals(200, next.statusCode());
        assertTrue(next.body().contains("true"));
    }

    @Test
    void theWebUiIsServed() throws Exception {
        HttpResponse<String> index = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/index.html")));
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<html") || index.body().contains("<!DOCTYPE"), index.body());
        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/server")));
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/pledgegraph"), status.body());
    }

    @Test
    void theDescriptionNamesTheRealPort() {
        assertNotEquals(0, server.port());
        assertTrue(server.describe().get(0).contains(":" + server.port() + "/pledgegraph/sparql"));
    }
}
