package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.pledgegraph.rdf.PG;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The totals the store keeps in its reserved named graph {@value #GRAPH}: commitments per (party,
 * kind), per referenced instrument and per (instrument, kind, verb), as {@code pg:PartyKindTally},
 * {@code pg:InstrumentTally} and {@code pg:StanceTally} nodes (without rdf:type, to write fewer
 * quads) whose count predicate ({@code pg:partyKindCount}, {@code pg:instrumentCount}, {@code
 * pg:stanceCount}) says which they are; an instrument tally also has the instrument's name, and
 * its count and name in one string ({@code pg:tallySortKey}) for searching names by count. They
 * are updated in the write transaction that replaces a file's graph: what the old graph counted is
 * subtracted (read from the store before it is removed), what the new one counts is added, both in
 * memory; the changed tallies are written just before the commit. An abort discards them with the
 * graphs, so the totals always count exactly the file graphs. The marker {@code <GRAPH>
 * pg:totalsVersion} says the totals are complete; a store without it (made before totals, or after
 * SPARQL updates that bypassed them) gets them rebuilt from its graphs. One per {@link GraphWriter},
 * used by its thread.
 */
public final class Totals {
    /** The reserved graph; file graphs are {@code …/id/graph/<slug>}, so none can be this one. */
    public static final String GRAPH = PG.ID + "totals";
    /** The format of the totals graph; another (or none) means they are rebuilt. */
    static final int VERSION = 4;
    /** Instrument tallies given a {@code pg:instrumentRank}: the first page of referenced-instruments. */
    static final int RANKED = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Totals.class);
    private static final Node G = NodeFactory.createURI(GRAPH);
    private static final Node VERSION_LITERAL = NodeFactory.createLiteralDT(Integer.toString(VERSION), XSDDatatype.XSDinteger);

    private final DatasetGraph dsg;
    private Counts pending = new Counts();
    private long nanos;
    private long flushNanos;
    private long written;

    Totals(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Whether a query's text names a term only the totals use (it reads them). */
    public static boolean readBy(String queryText) {
        return java.util.stream.Stream.of(PG.tallyParty, PG.tallyInstrument, PG.partyKindCount, PG.instrumentCount,
                PG.stanceCount, PG.instrumentRank, PG.tallyName, PG.tallySortKey).anyMatch(p -> queryText.contains(p.getLocalName()));
    }

    /** Whether {@code graph} is the totals graph (never a file's graph). */
    public static boolean isTotals(Node graph) {
        return G.equals(graph);
    }

    /** The names of the files' graphs of {@code dsg}: every named graph but the totals. */
    static Iterator<Node> fileGraphs(DatasetGraph dsg) {
        return Iter.filter(dsg.listGraphNodes(), g -> !isTotals(g));
    }

    /**
     * Builds the totals of a store that has none (or of another version), in a write transaction
     * of its own; nothing if they are there.
     *
     * @return whether they were built
     */
    static boolean ensure(DatasetGraph dsg) {
        if (Txn.calculateRead(dsg, () -> current(dsg))) {
            return false;
        }
        Txn.executeWrite(dsg, () -> {
            Totals t = new Totals(dsg);
            t.begun();
            t.flush();
        });
        return true;
    }

    /**
     * Removes the marker, so that the next writer rebuilds the totals: for a server whose SPARQL
     * updates change the graphs without updating the totals.
     */
    static void markStale(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> dsg.delete(G, G, PG.totalsVersion.asNode(), VERSION_LITERAL));
    }

    private static boolean current(DatasetGraph dsg) {
        return dsg.contains(G, G, PG.totalsVersion.asNode(), VERSION_LITERAL);
    }

    /** A write transaction has begun: rebuilds the totals if they are not complete. */
    void begun() {
        pending = new Counts();
        if (!current(dsg)) {
            rebuild();
        }
    }

    /** Graph {@code g} is about to be replaced: what it counted is taken off (nothing if absent). */
    void replacing(Node g) {
        long t0 = System.nanoTime();
        pending.add(Counts.ofStored(dsg, g, false), -1);
        nanos += System.nanoTime() - t0;
    }

    /** The graph just replaced now holds {@code graph}: what it counts is added. */
    void replaced(Graph graph) {
        long t0 = System.nanoTime();
        pending.add(Counts.of(graph, true), 1);
        nanos += System.nanoTime() - t0;
    }

    /** Writes the changed tallies into the open transaction. */
    void flush() {
        long t0 = System.nanoTime();
        boolean instruments = pending.changes(PG.InstrumentTally);
        pending.forEach(this::write);
        if (instruments) {
            rank();
        }
        pending = new Counts();
        long spent = System.nanoTime() - t0;
        nanos += spent;
        flushNanos += spent;
    }

    /** The open transaction was aborted or committed: nothing is pending. */
    void discard() {
        pending = new Counts();
    }

    /** Time spent counting and writing totals, in nanoseconds (for measuring). */
    long nanos() {
        return nanos;
    }

    private void rebuild() {
        long t0 = System.currentTimeMillis();
        dsg.deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
        int graphs = 0;
        for (Iterator<Node> it = fileGraphs(dsg); it.hasNext();) {
            pending.add(Counts.ofStored(dsg, it.next(), true), 1);
            graphs++;
        }
        dsg.add(G, G, RDF.type.asNode(), PG.Totals.asNode());
        dsg.add(G, G, PG.totalsVersion.asNode(), VERSION_LITERAL);
        if (graphs > 0) {
            LOG.info("Totals: built from the {} graphs of the store in {} ms (saved queries read them)", graphs,
                    System.currentTimeMillis() - t0);
        }
    }

    /** Time spent writing tallies, in nanoseconds, and how many were written (for measuring). */
    String flushStats() {
        return written + " tallies written in " + flushNanos / 1_000_000 + " ms";
    }

    /**
     * Gives the {@value #RANKED} instrument tallies with the most commitments their rank (ties by
     * IRI), so a query reads the top of the ranking without sorting every instrument; rewrites
     * only the ranks that changed. Reads every instrument count once (one index range).
     */
    private void rank() {
        Node rank = PG.instrumentRank.asNode();
        List<Map.Entry<Node, Long>> all = new ArrayList<>();
        // by predicate over all graphs (only the totals use it): an index range whichever quad
        // indexes the store keeps; by graph and predicate would need GPOS
        dsg.find(Node.ANY, Node.ANY, PG.instrumentCount.asNode(), Node.ANY).forEachRemaining(q -> {
            if (isTotals(q.getGraph())) {
                all.add(Map.entry(q.getSubject(), ((Number) q.getObject().getLiteralValue()).longValue()));
            }
        });
        all.sort(Comparator.comparing((Map.Entry<Node, Long> e) -> -e.getValue()).thenComparing(e -> e.getKey().getURI()));
        Map<Node, Node> ranks = new HashMap<>();
        for (int i = 0; i < Math.min(RANKED, all.size()); i++) {
            ranks.put(all.get(i).getKey(), NodeFactory.createLiteralDT(Integer.toString(i + 1), XSDDatatype.XSDinteger));
        }
        List<Quad> old = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, rank, Node.ANY).forEachRemaining(q -> {
            if (isTotals(q.getGraph())) {
                old.add(q);
            }
        });
        for (Quad q : old) {
            if (q.getObject().equals(ranks.get(q.getSubject()))) {
                ranks.remove(q.getSubject()); // unchanged
            } else {
                dsg.delete(q);
            }
        }
        ranks.forEach((tally, r) -> dsg.add(G, tally, rank, r));
    }

    private void write(TallyKey key, long delta) {
        written++;
        Node n = key.iri();
        Node count = key.countPredicate().asNode();
        Iterator<Quad> found = dsg.find(G, n, count, Node.ANY);
        Node old = found.hasNext() ? found.next().getObject() : null;
        long before = old == null ? 0 : ((Number) old.getLiteralValue()).longValue();
        long after = before + delta;
        if (after < 0) {
            LOG.warn("Totals: {} would fall to {}; removed (the totals do not match the graphs)", n, after);
        }
        if (old == null) {
            if (after > 0) {
                describe(n, key);
            }
        } else {
            dsg.delete(G, n, count, old);
        }
        if (after > 0) {
            dsg.add(G, n, count, NodeFactory.createLiteralDT(Long.toString(after), XSDDatatype.XSDinteger));
            if (key.type().equals(PG.InstrumentTally)) {
                sortKey(n, after);
            }
        } else if (old != null) {
            List<Quad> rest = new ArrayList<>();
            dsg.find(G, n, Node.ANY, Node.ANY).forEachRemaining(rest::add);
            rest.forEach(dsg::delete);
        }
    }

    /**
     * Rewrites an instrument tally's {@code pg:tallySortKey}: its count in twelve digits, a space,
     * its name ("000000000042 不扩散核武器条约"), so that string order is count order and a search of
     * the names ranks what it finds without looking up each count. None without a name.
     */
    private void sortKey(Node n, long count) {
        Node p = PG.tallySortKey.asNode();
        Iter.toList(dsg.find(G, n, p, Node.ANY)).forEach(dsg::delete);
        Quad name = Iter.first(dsg.find(G, n, PG.tallyName.asNode(), Node.ANY), q -> true);
        if (name != null) {
            Node o = name.getObject();
            String text = o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
            dsg.add(G, n, p, NodeFactory.createLiteralString(String.format("%012d %s", count, text)));
        }
    }

    private void describe(Node n, TallyKey key) {
        boolean byParty = key.type().equals(PG.PartyKindTally);
        dsg.add(G, n, (byParty ? PG.tallyParty : PG.tallyInstrument).asNode(), key.subject());
        if (key.kind() != null) {
            dsg.add(G, n, PG.tallyKind.asNode(), key.kind());
        }
        if (key.verb() != null) {
            dsg.add(G, n, PG.tallyVerb.asNode(), key.verb());
        }
        Node name = key.type().equals(PG.InstrumentTally) ? pending.name(key.subject()) : null;
        if (name != null) {
            dsg.add(G, n, PG.tallyName.asNode(), name);
        }
    }

    /** Whether {@code dsg} holds complete totals, inside the open transaction or in a read transaction of its own. */
    static boolean isCurrent(DatasetGraph dsg) {
        return dsg.isInTransaction() ? current(dsg) : Txn.calculateRead(dsg, () -> current(dsg));
    }
}
