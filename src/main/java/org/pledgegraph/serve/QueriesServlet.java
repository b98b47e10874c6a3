package org.pledgegraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pledgegraph.PledgegraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved queries as a service. {@code GET /queries} lists them as JSON (name, question,
 * parameters); {@code GET /queries/NAME?party=RUS&format=csv} runs one with its parameters bound
 * as RDF terms by {@link SavedQuery#bind} and answers SPARQL results JSON, CSV or TSV, chosen by
 * {@code format=} or else by the Accept header. A value that does not fit its parameter gets a
 * 400 with a one-line reason; an unknown query a 404; a query stopped by the timeout a 503.
 */
final class QueriesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QueriesServlet.class);
    /** The request parameter that picks the result format; every other one binds a variable. */
    static final String FORMAT = "format";

    private final transient QueryCatalog catalog;
    private final transient QueryRunner runner;

    QueriesServlet(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            list(resp);
            return;
        }
        Optional<SavedQuery> q = catalog.get(path.substring(1));
        if (q.isEmpty()) {
            fail(resp, HttpServletResponse.SC_NOT_FOUND, "no saved query '" + path.substring(1)
                    + "'; GET /queries lists them");
            return;
        }
        run(q.get(), req, resp);
    }

    private void list(HttpServletResponse resp) throws IOException {
        JsonArray all = new JsonArray();
        for (String name : catalog.names()) {
            SavedQuery q = catalog.get(name).orElseThrow();
            JsonObject o = new JsonObject();
            o.put("name", name);
            o.put("question", q.question());
            JsonArray params = new JsonArray();
            for (QueryParam p : q.params()) {
                JsonObject po = new JsonObject();
                po.put("name", p.name());
                po.put("type", p.type().name());
                po.put("description", p.description());
                params.add(po);
            }
            o.put("params", params);
            o.put("url", "/queries/" + name);
            all.add(o);
        }
        send(resp, HttpServletResponse.SC_OK, "application/json", JSON.toString(all));
    }

    private void run(SavedQuery saved, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResultFormat> format = ResultNegotiation.choose(req.getParameter(FORMAT), req.getHeader("Accept"));
        if (format.isEmpty()) {
            fail(resp, HttpServletResponse.SC_BAD_REQUEST, "format must be json, csv or tsv, got '"
                    + req.getParameter(FORMAT) + "'");
            return;
        }
        Query query;
        try {
            query = saved.bind(values(req));
        } catch (PledgegraphException | IllegalArgumentException e) {
            fail(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            runner.run(query, format.get(), out);
        } catch (PledgegraphException e) {
            LOG.warn("{}: {}", saved.name(), e.getMessage());
            fail(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        } catch (TextIndexParseException e) {
            String why = String.join(" ", e.getMessage().strip().split("\\s*\\R\\s*"));
            fail(resp, HttpServletResponse.SC_BAD_REQUEST, "the words are not valid full-text search syntax: "
                    + (why.length() > 200 ? why.substring(0, 200) + " …" : why));
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(ResultNegotiation.contentType(format.get(), query));
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write(out.toByteArray());
    }

    /** The parameters to bind: every request parameter but {@code format}; an empty value is not given. */
    private static Map<String, String> values(HttpServletRequest req) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(FORMAT)) {
                continue;
            }
            if (e.getValue().length != 1) {
                throw new IllegalArgumentException("parameter " + e.getKey() + " is given more than once");
            }
            if (!e.getValue()[0].isEmpty()) {
                values.put(e.getKey(), e.getValue()[0]);
            }
        }
        return values;
    }

    private static void fail(HttpServletResponse resp, int status, String message) throws IOException {
        String line = message == null ? "bad request" : message.strip().split("\\R")[0];
        send(resp, status, "text/plain", line + "\n");
    }

    private static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
