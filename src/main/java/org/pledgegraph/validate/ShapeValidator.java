package org.pledgegraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates an extraction graph against {@code ontology/shapes.ttl} (SHACL, jena-shacl). The data
 * is checked together with the ontology and the domains (the background: only their triples the
 * shapes can read), so that {@code sh:class pg:Actor} accepts a {@code pg:State} and every area
 * and topic is a {@code skos:Concept}. A {@link ConformanceCheck} first shows, fast, that most
 * graphs give no finding at all; jena-shacl's full validation, which words the findings, runs
 * only for a graph the check does not clear.
 */
public final class ShapeValidator {
    private static final Logger LOG = LoggerFactory.getLogger(ShapeValidator.class);

    private final Shapes shapes;
    /**
     * The triples of the ontology and the domains that the shapes can read; never written after
     * loading, so it may be read concurrently.
     */
    private final GraphMem2Fast background;
    private final PrefixMapping prefixes;
    private final ConformanceCheck conformance;

    /** The validator with the shapes, ontology and domains of {@code ontology/} (from the classpath). */
    public static ShapeValidator load() {
        return new ShapeValidator();
    }

    private ShapeValidator() {
        Graph shapesGraph = OntologyFiles.read("shapes.ttl");
        shapes = Shapes.parse(shapesGraph);
        Set<Node> read = predicatesRead(shapesGraph);
        background = new GraphMem2Fast();
        for (String file : List.of("pledgegraph.ttl", "domains.ttl")) {
            OntologyFiles.read(file).find()
                    .filterKeep(t -> read == null || read.contains(t.getPredicate()))
                    .forEach(background::add);
        }
        conformance = new ConformanceCheck(shapes, shapesGraph, background);
        prefixes = PrefixMapping.Factory.create()
                .setNsPrefix(PG.PREFIX, PG.NS)
                .setNsPrefix("id", PG.ID)
                .setNsPrefix("topic", PG.TOPIC)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .lock();
        LOG.debug("{} shapes loaded, {} background triples", shapes.numShapes(), background.size());
    }

    /**
     * The predicates whose triples the validation can read: {@code rdf:type} and
     * {@code rdfs:subClassOf} (targets and {@code sh:class}) and every IRI of the shapes graph
     * (the paths and {@code sh:targetObjectsOf}). The engine looks data up only by these, so the
     * other background triples (comments, domains and ranges, the concepts' SKOS labels) can
     * never change a result and are left out. Null (read everything) if a shape uses a construct
     * that reads any predicate: {@code sh:closed}, SPARQL constraints or targets.
     */
    private static Set<Node> predicatesRead(Graph shapesGraph) {
        String sh = "http://www.w3.org/ns/shacl#";
        for (String anything : List.of("closed", "sparql", "target", "select", "ask")) {
            if (shapesGraph.contains(Node.ANY, NodeFactory.createURI(sh + anything), Node.ANY)) {
                return null;
            }
        }
        Set<Node> read = new HashSet<>(List.of(RDF.Nodes.type, RDFS.Nodes.subClassOf));
        shapesGraph.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    read.add(n);
                }
            }
        });
        return read;
    }

    /**
     * Validates {@code data} (left unchanged) together with the background. A graph the fast check
     * clears has no finding; any other is validated by jena-shacl in a copy of the data (a copy of
     * its indexes if it is a {@link GraphMem2}, as the pipeline's graphs are) to which the
     * background is added.
     */
    public ValidationResult validate(Graph data) {
        if (conformance.clean(data)) {
            return new ValidationResult(List.of());
        }
        Graph all = data instanceof GraphMem2 mem ? mem.copy() : copy(data);
        background.find().forEach(all::add);
        return validateByJena(all);
    }

    /**
     * Validates {@code data} as {@link #validate} does, but without copying it: when the fast
     * check does not clear it, the background triples it lacks are added to it for jena-shacl and
     * taken out again, so that it holds the same triples after as before. For a graph that no
     * other thread reads meanwhile (a file's graph while the pipeline builds it).
     */
    public ValidationResult validateInPlace(Graph data) {
        if (conformance.clean(data)) {
            return new ValidationResult(List.of());
        }
        List<Triple> added = new ArrayList<>();
        background.find().forEach(t -> {
            if (!data.contains(t)) {
                added.add(t);
            }
        });
        try {
            added.forEach(data::add);
            return validateByJena(data);
        } finally {
            added.forEach(data::delete);
        }
    }

    private static Graph copy(Graph data) {
        Graph copy = new GraphMem2Fast();
        data.find().forEach(copy::add);
        return copy;
    }

    /**
     * Validates {@code data} as this class did before it had the fast check and the reduced
     * background: with jena-shacl alone, together with the whole ontology and domains. For the
     * tests, which show that both ways give the same findings.
     */
    ValidationResult validateByJenaAlone(Graph data) {
        Graph all = copy(data);
        OntologyFiles.read("pledgegraph.ttl").find().forEach(all::add);
        OntologyFiles.read("domains.ttl").find().forEach(all::add);
        return validateByJena(all);
    }

    /** The findings of jena-shacl's validation of a graph that holds the data and the background. */
    private ValidationResult validateByJena(Graph all) {
        ValidationReport report = ShaclValidator.get().validate(shapes, all);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            findings.add(finding(entry));
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.isViolation())
                .thenComparing(Finding::focus).thenComparing(Finding::path).thenComparing(Finding::message));
        return new ValidationResult(findings);
    }

    private Finding finding(ReportEntry entry) {
        String severity = entry.severity().level().getLocalName();
        String path = entry.resultPath() == null ? "" : PathWriter.asString(entry.resultPath(),
                new org.apache.jena.sparql.core.Prologue(prefixes));
        String message = entry.message() == null ? "" : entry.message();
        if (entry.value() != null) {
            message += " (value " + compact(entry.value()) + ")";
        }
        return new Finding(severity, compact(entry.focusNode()), path, message);
    }

    private String compact(Node node) {
        return node == null ? "" : FmtUtils.stringForNode(node, prefixes);
    }
}
