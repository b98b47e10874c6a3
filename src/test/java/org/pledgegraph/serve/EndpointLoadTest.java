package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Seeds;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.Store;

/**
 * The endpoint under load: a real server over a TDB2 store holding the seed's extraction, 8
 * concurrent clients on loopback sending a few thousand queries while a runaway query is stopped
 * by the timeout. Every request must succeed; latencies are reported, not asserted.
 */
class EndpointLoadTest {
    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 300;
    private static final String PREFIX = "PREFIX pg: <" + PG.NS + "> ";
    private static final List<String> QUERIES = List.of(
            PREFIX + "SELECT ?code (COUNT(?c) AS ?n) { ?c a pg:Commitment ; pg:party/pg:code ?code } GROUP BY ?code",
            PREFIX + "SELECT ?c ?text { ?c a pg:Commitment ; pg:text ?text } ORDER BY ?c LIMIT 25",
            PREFIX + "ASK { ?c pg:kind pg:Opposition }",
            PREFIX + "SELECT ?kind (COUNT(*) AS ?n) { ?c pg:kind ?kind } GROUP BY ?kind ORDER BY DESC(?n)");

    @TempDir
    static Path dir;
    static Store store;
    static Server server;
    static String seedGraph;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("tdb2"));
        ExtractedFile x = Seeds.extraction();
        store.replaceGraph(x.graphIri(), x.model());
        seedGraph = x.graphIri();
        server = Server.start(store.datasetGraph(),
                ServerOptions.defaults().withPort(0).withUi(false).withTimeout(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    private static HttpRequest request(int i) {
        String url = i % 10 == 9
                ? server.datasetUrl() + "/get?graph=" + URLEncoder.encode(seedGraph, StandardCharsets.UTF_8)
                : server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
        String accept = i % 10 == 9 ? "application/n-triples" : "application/sparql-results+json";
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void eightClientsGetEveryAnswerWhileARunawayQueryIsStopped() throws Exception {
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"), "loopback only");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        long started = System.nanoTime();
        Future<HttpResponse<String>> runaway = pool.submit(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=" + URLEncoder.encode(
                        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString()));
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            pool.submit(() -> client(client, latencies, errors));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the load finished in time");
        double seconds = (System.nanoTime() - started) / 1e9;

        HttpResponse<String> stopped = runaway.get();
        assertNotEquals(200, stopped.statusCode(), "the runaway query was stopped by the timeout");
        report(new ArrayList<>(latencies), seconds, stopped.statusCode());
        assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(10, errors.size())));
        assertEquals(CLIENTS * REQUESTS_PER_CLIENT, latencies.size());
    }

    private static void client(int client, ConcurrentLinkedQueue<Long> latencies, ConcurrentLinkedQueue<String> errors) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            HttpRequest req = request(client + i);
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                latencies.add(System.nanoTime() - t0);
                if (r.statusCode() != 200 || r.body().isEmpty()) {
                    errors.add(r.statusCode() + " " + req.uri());
                }
            } catch (Exception e) {
                latencies.add(System.nanoTime() - t0);
                errors.add(e + " " + req.uri());
            }
        }
    }

    /** Prints the figures (in completion order, the first and last quarters show whether latency drifts). */
    private static void report(List<Long> inOrder, double seconds, int runawayStatus) throws java.io.IOException {
        int quarter = inOrder.size() / 4;
        List<Long> first = sorted(inOrder.subList(0, quarter));
        List<Long> last = sorted(inOrder.subList(inOrder.size() - quarter, inOrder.size()));
        List<Long> nanos = sorted(inOrder);
        String line = String.format(Locale.ROOT,
                "endpoint load: %d clients x %d requests = %d in %.1f s (%.0f req/s); latency ms p50 %.1f, p95 %.1f, "
                        + "p99 %.1f, max %.1f; p50/p95 first quarter %.1f/%.1f, last quarter %.1f/%.1f; "
                        + "runaway query answered %d",
                CLIENTS, REQUESTS_PER_CLIENT, nanos.size(), seconds, nanos.size() / seconds,
                ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6,
                ms(first, 0.50), ms(first, 0.95), ms(last, 0.50), ms(last, 0.95), runawayStatus);
        System.out.println(line);
        Files.writeString(Path.of("target", "endpoint-load.txt"), line + "\n");
    }

    private static List<Long> sorted(List<Long> nanos) {
        List<Long> copy = new ArrayList<>(nanos);
        Collections.sort(copy);
        return copy;
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1)))) / 1e6;
    }
}
