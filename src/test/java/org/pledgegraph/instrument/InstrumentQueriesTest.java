package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.rdf.InstrumentWriter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.read.Document;

/**
 * The saved queries queries/instruments-*.rq on a small real graph: two statements citing the
 * INF Treaty and the NPT by different names, with clauses and commitments shaped as the graph builder writes them.
 */
class InstrumentQueriesTest {
    private static final Path DIR = Path.of("queries");
    private static Model model;

    @BeforeAll
    static void build() {
        InstrumentCatalog c = InstrumentCatalog.load();
        model = ModelFactory.createDefaultModel();
        add(c, "a", "中法联合声明", "2019-03-25", Docs.of("a.txt", "中法联合声明", List.of(
                "双方重申《不扩散核武器条约》（NPT）是国际核不扩散体系的基石。",
                "美国决定退出《苏美关于消除中程和中短程导弹条约》（《中导条约》）将破坏战略稳定。")));
        add(c, "b", "中巴联合声明", "2020-01-10", Docs.of("b.txt", "中巴联合声明", List.of(
                "双方呼吁所有NPT缔约国全面履约。", "双方认为《中导条约》失效损害战略稳定。")));
    }

    private static void add(InstrumentCatalog c, String id, String title, String date, Document doc) {
        Resource d = model.createResource(PG.ID + "doc/" + id, PG.Document).addProperty(PG.title, title)
                .addProperty(PG.documentDate, model.createTypedLiteral(date, XSDDatatype.XSDdate));
        FileScope file = c.newFile();
        List<List<Reference>> refs = c.find(doc, file);
        for (int u = 0; u < refs.size(); u++) {
            Resource clause = model.createResource(PG.ID + "clause/" + id + u, PG.Clause).addProperty(PG.document, d);
            Resource commitment = model.createResource(PG.ID + "commitment/" + id + u, PG.Commitment)
                    .addProperty(PG.clause, clause).addProperty(PG.kind, PG.Position)
                    .addProperty(PG.text, doc.units().get(u).text())
                    .addProperty(PG.party, model.createResource(PG.ID + "actor/CHN").addProperty(PG.code, "CHN"));
            for (Reference r : refs.get(u)) {
                Resource i = model.createResource(InstrumentWriter.iri(r.instrument()));
                clause.addProperty(PG.references, i);
                commitment.addProperty(PG.references, i);
                d.addProperty(PG.cites, i);
                InstrumentWriter.citation(model, i, d, LocalDate.parse(date), title);
            }
        }
        file.instruments().forEach(i -> InstrumentWriter.write(model, i));
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().matches("instruments-.*\\.rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachQueryStatesItsQuestionAndAnswersUnbound(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# Question: "), file + " must start with # Question:");
        assertTrue(!rows(file, Map.of()).isEmpty(), file + " gives no rows");
    }

    @Test
    void aDocumentCitesTwoInstrumentsOnce() {
        List<QuerySolution> rows = rows(DIR.resolve("instruments-cited-by-document.rq"), Map.of("document", lit("中巴")));
        assertEquals(List.of("不扩散核武器条约", "苏美关于消除中程和中短程导弹条约"),
                rows.stream().map(r -> r.getLiteral("instrumentName").getString()).sorted().toList());
    }

    @Test
    void theCommitmentsCitingTheNptByItsAbbreviation() {
        List<QuerySolution> rows = rows(DIR.resolve("instruments-commitments.rq"), Map.of("instrument", lit("NPT")));
        assertEquals(2, rows.size());
        rows.forEach(r -> assertEquals("不扩散核武器条约", r.getLiteral("instrumentName").getString()));
    }

    @Test
    void withdrawnTreaties() {
        List<QuerySolution> rows = rows(DIR.resolve("instruments-by-type-status.rq"),
                Map.of("type", lit("treaty"), "status", lit("Withdrawn")));
        assertEquals(List.of("苏美关于消除中程和中短程导弹条约"),
                rows.stream().map(r -> r.getLiteral("instrumentName").getString()).toList());
    }

    @Test
    void theInfTreatyTimelineRunsFromSigningToCitations() {
        List<QuerySolution> rows = rows(DIR.resolve("instruments-timeline.rq"), Map.of("instrument", lit("中导条约")));
        List<String> got = rows.stream().map(r -> r.getLiteral("when").getString() + " " + r.getLiteral("what").getString())
                .toList();
        assertEquals(List.of(" Withdrawn", "1987-12-08 Signed", "2019-03-25 CitedIn", "2020-01-10 CitedIn"), got);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** Runs a saved query with parameters bound by a VALUES block, as the serve stage binds them. */
    private static List<QuerySolution> rows(Path file, Map<String, Node> params) {
        Query q;
        try {
            q = QueryFactory.create(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!params.isEmpty()) {
            ElementData data = new ElementData();
            var b = BindingFactory.builder();
            params.forEach((k, v) -> {
                data.add(Var.alloc(k));
                b.add(Var.alloc(k), v);
            });
            data.add(b.build());
            ElementGroup g = new ElementGroup();
            g.addElement(data);
            ((ElementGroup) q.getQueryPattern()).getElements().forEach(g::addElement);
            q.setQueryPattern(g);
        }
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution x = QueryExecution.model(model).query(q).build()) {
            x.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
