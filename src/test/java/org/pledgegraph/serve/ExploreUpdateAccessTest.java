package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;

/** {@code --allow-update}: writes need the user's password (basic auth), reads stay open, the text index follows. */
class ExploreUpdateAccessTest {
    static final String USER = "editor";
    static final String PASSWORD = "s3cret-pass";
    static final String PREFIX = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#> PREFIX text: <http://jena.apache.org/text#> ";
    @TempDir
    static Path dir;
    static Store store;
    static Server server;

    @BeforeAll
    static void start() {
        store = Fixtures.loadBoth(dir);
        server = Server.start(store.datasetGraph(), ServerOptions.defaults().withPort(0),
                WriteAccess.fromEnvironment(Map.of(WriteAccess.PASSWORD_VARIABLE, PASSWORD, WriteAccess.USER_VARIABLE, USER)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b, String password) throws Exception {
        if (password != null) {
            String token = USER + ":" + password;
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return fresh.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> update(String endpoint, String update, String password) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/" + endpoint))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)), password);
    }

    static String ask(String where) throws Exception {
        String url = server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(PREFIX + "ASK { " + where + " }", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json"), null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true") ? "yes" : "no";
    }

    @ParameterizedTest
    @ValueSource(strings = {"update", "sparql"})
    void anUpdateWithoutThePasswordIsRefused(String endpoint) throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:p> \"anonymous\" } }";
        int anonymous = update(endpoint, insert, null).statusCode();
        int wrong = update(endpoint, insert, "wrong").statusCode();
        assertTrue(anonymous >= 400 && anonymous < 500 && wrong >= 400 && wrong < 500, anonymous + " " + wrong);
        if (endpoint.equals("update")) {
            assertEquals(401, anonymous);
        }
        assertEquals("no", ask("?s ?p \"anonymous\""));
    }

    @Test
    void anUpdateWithThePasswordIsDoneAndTheTextIndexFollows() throws Exception {
        String insert = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#> INSERT DATA { GRAPH <urn:ex:g> {"
                + " <urn:ex:clause> a pg:Clause ; pg:text \"越方支持东盟加强海上合作。\" } }";
        HttpResponse<String> r = update("update", insert, PASSWORD);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertEquals("yes", ask("<urn:ex:clause> a pg:Clause"));
        assertEquals("yes", ask("<urn:ex:clause> text:query \"海上合作\""));
    }

    @Test
    void graphStoreWritesNeedThePassword() throws Exception {
        String url = server.datasetUrl() + "/data?graph=" + URLEncoder.encode("urn:ex:gsp", StandardCharsets.UTF_8);
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:a> <urn:ex:b> \"gsp\" ."));
        assertEquals(401, send(put, null).statusCode());
        assertEquals("no", ask("GRAPH <urn:ex:gsp> { ?s ?p ?o }"));
        HttpRequest.Builder again = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:ex:a> <urn:ex:b> \"gsp\" ."));
        int status = send(again, PASSWORD).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "PUT gave " + status);
        assertEquals("yes", ask("GRAPH <urn:ex:gsp> { <urn:ex:a> <urn:ex:b> \"gsp\" }"));
    }

    @Test
    void readsStayOpenToAll() throws Exception {
        assertEquals("yes", ask("?c a pg:Commitment"));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/queries/party-stances?party=FRA")), null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(server.describe().stream().anyMatch(l -> l.contains("updates allowed for user 'editor'")));
        assertFalse(server.describe().toString().contains(PASSWORD));
    }

    @Test
    void adminWritesAreStillRefused() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/datasets?dbName=evil&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()), PASSWORD);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "gave " + r.statusCode());
    }

    @Test
    void allowingUpdatesWithoutAPasswordIsOneLineNamingTheVariable() {
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> WriteAccess.fromEnvironment(Map.of()));
        assertTrue(e.getMessage().contains(WriteAccess.PASSWORD_VARIABLE) && !e.getMessage().contains("\n"), e.getMessage());
        assertThrows(PledgegraphException.class, () -> WriteAccess.fromEnvironment(Map.of(WriteAccess.PASSWORD_VARIABLE, "  ")));
        assertEquals(WriteAccess.DEFAULT_USER, WriteAccess.fromEnvironment(Map.of(WriteAccess.PASSWORD_VARIABLE, "x")).user());
        assertFalse(WriteAccess.fromEnvironment(Map.of(WriteAccess.PASSWORD_VARIABLE, "x")).toString().contains("x]"));
    }
}
