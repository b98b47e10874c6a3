package org.pledgegraph.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Quads byte for byte as Jena's streaming writer for {@link org.apache.jena.riot.Lang#NQUADS}
 * writes them (its N-Triples node syntax, UTF-8, one quad a line), but each IRI is escaped and
 * encoded once and its bytes reused: a file's graph, subjects and predicates recur on most lines,
 * and checking and encoding every character of every IRI again was most of the writing time.
 * Not thread-safe (nor is Jena's writer).
 */
public final class NQuadsStream implements StreamRDF {
    /** Bounds the memory: the cache starts afresh past this many IRIs (a corpus has millions). */
    private static final int LIMIT = 50_000;
    private static final byte[] SPACE = {' '};
    private static final byte[] END = {' ', '.', '\n'};

    private final OutputStream out;
    private final NodeFormatter format = new NodeFormatterNT(CharSpace.UTF8);
    private final Map<String, byte[]> iris = new HashMap<>();

    private NQuadsStream(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    /** A stream writing N-Quads to {@code out}; call {@code finish()} to flush. */
    public static StreamRDF to(OutputStream out) {
        return new NQuadsStream(out);
    }

    @Override
    public void start() {
        // nothing before the first quad
    }

    @Override
    public void triple(Triple t) {
        line(t.getSubject(), t.getPredicate(), t.getObject(), null);
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        boolean named = g != null && g != Quad.tripleInQuad && !Quad.isDefaultGraph(g);
        line(q.getSubject(), q.getPredicate(), q.getObject(), named ? g : null);
    }

    private void line(Node s, Node p, Node o, Node g) {
        try {
            out.write(bytes(s));
            out.write(SPACE);
            out.write(bytes(p));
            out.write(SPACE);
            out.write(bytes(o));
            if (g != null) {
                out.write(SPACE);
                out.write(bytes(g));
            }
            out.write(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(Node n) {
        if (!n.isURI()) {
            return written(n);
        }
        byte[] b = iris.get(n.getURI());
        if (b == null) {
            b = written(n);
            if (iris.size() >= LIMIT) {
                iris.clear();
            }
            iris.put(n.getURI(), b);
        }
        return b;
    }

    private byte[] written(Node n) {
        StringWriterI w = new StringWriterI();
        format.format(w, n);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void base(String base) {
        // N-Quads have no base
    }

    @Override
    public void prefix(String prefix, String iri) {
        // N-Quads have no prefixes
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
