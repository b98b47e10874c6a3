package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** /queries over real HTTP on a real server: listing, running, formats, refusals, full text. */
class ExploreQueriesServiceTest {
    @TempDir
    static Path dir;
    static ExploreFixture fx;
    static long quads;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        fx = ExploreFixture.fixtures(dir);
        quads = fx.quads();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.server.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(60));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<QuerySolution> rows(HttpResponse<String> r) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    static Set<String> column(List<QuerySolution> rows, String var) {
        Set<String> out = new TreeSet<>();
        rows.stream().filter(r -> r.contains(var)).forEach(r -> out.add(r.get(var).isLiteral()
                ? r.getLiteral(var).getLexicalForm() : r.get(var).toString()));
        return out;
    }

    @Test
    void theListNamesEachQueryWithItsQuestionAndParameters() throws Exception {
        HttpResponse<String> r = get("/queries", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray all = JSON.parseAny(r.body()).getAsArray();
        Set<String> names = new TreeSet<>();
        for (JsonValue v : all) {
            JsonObject q = v.getAsObject();
            names.add(q.getString("name"));
            assertFalse(q.getString("question").isBlank(), q.getString("name"));
            if (q.getString("name").equals("party-stances")) {
                JsonObject p = q.get("params").getAsArray().get(0).getAsObject();
                assertEquals("party", p.getString("name"));
                assertEquals("code", p.getString("type"));
            }
        }
        assertTrue(names.containsAll(Set.of("party-stances", "commitments-by-party", "fulltext")), names.toString());
    }

    @Test
    void aQueryRunsWithItsParameterBound() throws Exception {
        HttpResponse<String> r = get("/queries/party-stances?party=FRA", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<QuerySolution> rows = rows(r);
        assertEquals(Set.of("FRA"), column(rows, "party"));
        assertEquals(Set.of("supports", "opposes"), column(rows, "stance"));
        assertEquals(Set.of("CHN", "FRA"), column(rows(get("/queries/party-stances", null)), "party"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "format=csv|              |text/csv|party,stance,verb",
        "format=tsv|              |text/tab-separated-values|?party\t?stance",
        "format=json|text/csv     |application/sparql-results+json|\"vars\"",
        "''         |text/csv     |text/csv|party,stance,verb",
        "''         |text/tab-separated-values;q=0.9, text/csv;q=0.5|text/tab-separated-values|?party\t?stance",
        "''         |text/html, */*|application/sparql-results+json|\"bindings\"",
    })
    void theFormatComesFromFormatOrElseAccept(String format, String accept, String type, String start) throws Exception {
        String q = format.isEmpty() ? "" : "&" + format;
        HttpResponse<String> r = get("/queries/party-stances?party=FRA" + q, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type),
                r.headers().firstValue("Content-Type").toString());
        assertTrue(r.body().contains(start), r.body());
        assertTrue(r.body().contains("反对"), r.body());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "party-stances|party|RUS\" } ; DROP ALL #",
        "party-stances|party|RUS } ; DROP ALL",
        "party-stances|party|{ }",
        "commitments-by-party|kind|Opposition } ; DROP ALL",
        "commitments-by-area|area|http://example.org/a b",
        "commitments-by-area|area|<http://example.org/a b>",
        "commitments-by-area|area|<http://x> } ; DROP ALL ; SELECT * { <http://y>",
        "commitments-by-area|area|http://x\"^^<http://y>",
        "document-commitments|document|<urn:x> } DROP ALL {",
        "party-stances|nosuch|RUS",
        "party-stances|format|xml",
    })
    void aValueThatDoesNotFitIsRefusedWithOneLine(String name, String param, String value) throws Exception {
        HttpResponse<String> r = get("/queries/" + name + "?" + param + "=" + enc(value), null);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
        assertTrue(r.body().contains(param), r.body());
        assertEquals(quads, fx.quads());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "party-stances|party|RUS%0ADROP ALL",
        "party-stances|party|RUS%0D%0A%7D ; DROP ALL",
        "referenced-instruments|label|line one%0Aline two",
        "document-commitments|document|法兰西%0B",
        "commitments-by-area|area|http://example.org/a%09b",
    })
    void aValueWithLineBreaksOrControlCharactersIsRefused(String name, String param, String encoded) throws Exception {
        HttpResponse<String> r = get("/queries/" + name + "?" + param + "=" + encoded.replace(" ", "+"), null);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
        assertEquals(quads, fx.quads());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"} ; DROP ALL ; {\"", "') || true || ('", "巴黎\" || \"x", "} UNION { ?s ?p ?o }"})
    void aHostileStringIsATermThatMatchesNothing(String value) throws Exception {
        HttpResponse<String> r = get("/queries/referenced-instruments?label=" + enc(value), null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, rows(r).size(), r.body());
        assertEquals(1, rows(get("/queries/referenced-instruments?label=" + enc("巴黎"), null)).size());
        assertEquals(quads, fx.quads());
    }

    @Test
    void aDocumentGivenByTitleTextWithQuotesAndBracesIsText() throws Exception {
        HttpResponse<String> r = get("/queries/document-commitments?document=" + enc("法兰西\"} ; DROP ALL #"), null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, rows(r).size());
        assertEquals(4, rows(get("/queries/document-commitments?document=" + enc("法兰西"), null)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/queries/nosuch", "/queries/party-stances.rq", "/queries/pom.xml"})
    void anUnknownQueryIsNotFound(String path) throws Exception {
        HttpResponse<String> r = get(path, null);
        assertEquals(404, r.statusCode(), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/queries/..%2Fpom.xml", "/queries/%2Fetc%2Fpasswd", "/explore/..%2F..%2Frdf%2FPG.class",
        "/explore/%2E%2E/%2E%2E/rdf/PG.class", "/webjars/echarts/5.3.1/..%2F..%2F..%2F..%2Forg%2Fpledgegraph%2Frdf%2FPG.class"})
    void aPathOutsideItsFolderIsNeverServed(String path) throws Exception {
        HttpResponse<String> r = get(path, null);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " gave " + r.statusCode());
    }

    @Test
    void theFullTextQueryFindsClausesByChineseWords() throws Exception {
        HttpResponse<String> r = get("/queries/fulltext?q=" + enc("核不扩散"), null);
        assertEquals(200, r.statusCode(), r.body());
        List<QuerySolution> rows = rows(r);
        Set<String> nodes = column(rows, "node");
        assertTrue(nodes.contains("https://w3id.org/pledgegraph/id/doc-fra-pak-c2"), nodes.toString());
        assertTrue(nodes.contains("https://w3id.org/pledgegraph/id/doc-fra-pak-s2"), nodes.toString());
        assertTrue(nodes.contains("https://w3id.org/pledgegraph/id/instr-npt"), nodes.toString());
        assertTrue(column(rows, "type").containsAll(Set.of("Clause", "Commitment", "Instrument")));
        assertFalse(nodes.contains("https://w3id.org/pledgegraph/id/doc-pak-bra-c2"), "关切 clause is unrelated");
        Set<String> paris = column(rows(get("/queries/fulltext?q=" + enc("巴黎协定"), null)), "node");
        assertTrue(paris.contains("https://w3id.org/pledgegraph/id/doc-fra-pak-s3"), paris.toString());
        assertTrue(rows(get("/queries/fulltext", null)).size() > 0, "the default words find something");
    }

    @ParameterizedTest
    @ValueSource(strings = {"核不扩散)", "AND", "\"unclosed", "*", "field:核", "\\"})
    void badLuceneSyntaxIsAOneLineClientErrorOrNoRows(String words) throws Exception {
        HttpResponse<String> r = get("/queries/fulltext?q=" + enc(words), null);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
        if (r.statusCode() == 400) {
            assertEquals(1, r.body().strip().lines().count(), r.body());
        }
        assertEquals(200, get("/queries/fulltext?q=" + enc("巴黎协定"), null).statusCode());
    }

    @Test
    void textQueryWorksOnThePublicEndpoint() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX pg: <https://w3id.org/pledgegraph/ontology#> "
                + "SELECT ?c { ?c text:query \"核不扩散\" ; a pg:Clause }";
        HttpResponse<String> r = get(Server.DATASET + "/sparql?query=" + enc(q), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Set.of("https://w3id.org/pledgegraph/id/doc-fra-pak-c2"), column(rows(r), "c"));
    }

    @Test
    void theExplorerPageAndEchartsAreServed() throws Exception {
        HttpResponse<String> page = get("/explore/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("explore.js") && page.body().contains("echarts.min.js"), page.body());
        HttpResponse<String> js = get("/webjars/echarts/5.3.1/dist/echarts.min.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().length() > 500_000, "the whole library");
        assertEquals(200, get("/explore/explore.js", null).statusCode());
        assertEquals(404, get("/explore/nosuch.js", null).statusCode());
    }
}
