package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import java.util.Locale;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.RDF;
import org.pledgegraph.rdf.PG;

/**
 * What one graph (or the sum of several) counts towards the totals: commitments per (party,
 * kind), commitments that refer to each instrument, and those per (instrument, kind, verb). A
 * commitment is counted as the saved queries counted it over the extraction: per (party, kind)
 * every subject with {@code pg:party} and {@code pg:kind}; per instrument every {@code
 * pg:Commitment} with a {@code pg:kind} that {@code pg:references} it. A model is read by five
 * finds, one per predicate; a stored graph by one pass over it (a store may lack the index a
 * find by graph and predicate would need). Mutable, one thread.
 */
final class Counts {
    private static final List<Node> NO_VERB = Collections.singletonList(null);
    private static final Set<Node> COUNTED = Set.of(PG.kind.asNode(), PG.party.asNode(), RDF.type.asNode(),
            PG.verb.asNode(), PG.references.asNode());
    private static final Set<Node> COUNTED_AND_NAMES =
            Stream.concat(COUNTED.stream(), Stream.of(RDFS.label.asNode())).collect(Collectors.toUnmodifiableSet());
    private final Map<TallyKey, Long> counts = new HashMap<>();
    /** The name of each instrument counted, when asked for (see {@link #name}). */
    private final Map<Node, Node> names = new HashMap<>();

    /**
     * The counts of {@code g} (a model's graph, or a stored named graph); {@code withNames}: with
     * the names of the instruments counted (needed only for tallies the counts may create).
     */
    static Counts of(Graph g, boolean withNames) {
        Counts c = new Counts();
        Map<Node, List<Node>> kinds = objects(g, PG.kind.asNode());
        if (kinds.isEmpty()) {
            return c;
        }
        g.find(Node.ANY, PG.party.asNode(), Node.ANY).forEachRemaining(t -> {
            for (Node kind : kinds.getOrDefault(t.getSubject(), List.of())) {
                c.add(TallyKey.partyKind(t.getObject(), kind), 1);
            }
        });
        Set<Node> commitments = new HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), PG.Commitment.asNode()).forEachRemaining(t -> commitments.add(t.getSubject()));
        Map<Node, List<Node>> verbs = objects(g, PG.verb.asNode());
        g.find(Node.ANY, PG.references.asNode(), Node.ANY).forEachRemaining(t -> {
            Node commitment = t.getSubject();
            List<Node> itsKinds = kinds.get(commitment);
            if (itsKinds == null || !commitments.contains(commitment)) {
                return;
            }
            Node instrument = t.getObject();
            c.add(TallyKey.instrument(instrument), 1);
            if (withNames) {
                c.names.computeIfAbsent(instrument, i -> name(g, i));
            }
            List<Node> itsVerbs = verbs.getOrDefault(commitment, NO_VERB);
            for (Node kind : itsKinds) {
                for (Node verb : itsVerbs) {
                    c.add(TallyKey.stance(instrument, kind, verb), 1);
                }
            }
        });
        return c;
    }

    /** The instrument's Chinese label, else its first other label, else its IRI; as a plain string. */
    private static Node name(Graph g, Node instrument) {
        String zh = null;
        String other = null;
        for (var it = g.find(instrument, RDFS.label.asNode(), Node.ANY); it.hasNext();) {
            Node label = it.next().getObject();
            if (!label.isLiteral()) {
                continue;
            }
            String text = label.getLiteralLexicalForm();
            String lang = label.getLiteralLanguage().toLowerCase(Locale.ROOT);
            if (lang.equals("zh") || lang.startsWith("zh-")) {
                zh = zh == null || text.compareTo(zh) < 0 ? text : zh;
            } else {
                other = other == null || text.compareTo(other) < 0 ? text : other;
            }
        }
        String name = zh != null ? zh : other != null ? other : instrument.isURI() ? instrument.getURI() : instrument.toString();
        return NodeFactory.createLiteralString(name);
    }

    /** The name of {@code instrument} if these counts were made with names, else null. */
    Node name(Node instrument) {
        return names.get(instrument);
    }

    /**
     * The counts of the stored named graph {@code g} (none if absent), read in one pass over its
     * quads (the graph's own index range) keeping only the triples that count.
     */
    static Counts ofStored(DatasetGraph dsg, Node g, boolean withNames) {
        Graph counted = GraphMemFactory.createDefaultGraph();
        Set<Node> predicates = withNames ? COUNTED_AND_NAMES : COUNTED;
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (predicates.contains(q.getPredicate())) {
                counted.add(q.asTriple());
            }
        });
        return counted.isEmpty() ? new Counts() : of(counted, withNames);
    }

    private static Map<Node, List<Node>> objects(Graph g, Node predicate) {
        Map<Node, List<Node>> out = new HashMap<>();
        g.find(Node.ANY, predicate, Node.ANY)
                .forEachRemaining(t -> out.computeIfAbsent(t.getSubject(), s -> new ArrayList<>(1)).add(t.getObject()));
        return out;
    }

    void add(TallyKey key, long n) {
        if (n != 0) {
            counts.merge(key, n, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /** Adds {@code sign} times every count of {@code other}. */
    void add(Counts other, int sign) {
        other.counts.forEach((k, n) -> add(k, sign * n));
        other.names.forEach(names::putIfAbsent);
    }

    void forEach(BiConsumer<TallyKey, Long> action) {
        counts.forEach(action);
    }

    /** Whether a tally of {@code type} ({@code pg:InstrumentTally} …) changes. */
    boolean changes(Resource type) {
        return counts.keySet().stream().anyMatch(k -> k.type().equals(type));
    }
}
