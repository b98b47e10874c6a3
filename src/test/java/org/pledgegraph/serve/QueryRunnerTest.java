package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;

class QueryRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWithOneLine() {
        try (Store s = Fixtures.loadBoth(dir)) {
            QueryRunner runner = new QueryRunner(s.datasetGraph(), Duration.ofMillis(300));
            var runaway = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }");
            PledgegraphException e = assertThrows(PledgegraphException.class,
                    () -> runner.run(runaway, ResultFormat.table, new ByteArrayOutputStream()));
            assertTrue(e.getMessage().contains("timeout"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertEquals(1, runner.select(QueryFactory.create("SELECT * { ?s <https://w3id.org/pledgegraph/ontology#code> \"PAK\" }")).size());
        }
    }

    @Test
    void askAndConstructAreWrittenToo() {
        try (Store s = Fixtures.loadBoth(dir)) {
            QueryRunner runner = new QueryRunner(s.datasetGraph(), Duration.ofSeconds(30));
            ByteArrayOutputStream ask = new ByteArrayOutputStream();
            runner.run(QueryFactory.create("ASK { ?s <https://w3id.org/pledgegraph/ontology#code> \"BRA\" }"), ResultFormat.table, ask);
            assertEquals("true", ask.toString(StandardCharsets.UTF_8).strip());
            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            runner.run(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o ; <https://w3id.org/pledgegraph/ontology#code> \"BRA\" }"),
                    ResultFormat.table, ttl);
            assertTrue(ttl.toString(StandardCharsets.UTF_8).contains("巴西"));
        }
    }
}
