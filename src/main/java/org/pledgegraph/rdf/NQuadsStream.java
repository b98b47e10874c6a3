package org.pledgegraph.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Quads byte for byte as Jena's streaming writer for {@link org.apache.jena.riot.Lang#NQUADS}
 * writes them (its N-Triples node syntax, UTF-8, one quad a line), but each node of a graph is
 * escaped and encoded once and its bytes reused: a file's graph, subjects and predicates recur on
 * most lines (and a clause's text on each of its commitments), and checking and encoding every
 * character again was most of the writing time. Not thread-safe (nor is Jena's writer).
 */
public final class NQuadsStream implements StreamRDF {
    /** Bounds the memory: the cache starts afresh past this many nodes within one graph. */
    private static final int LIMIT = 50_000;
    private static final byte[] SPACE = {' '};
    private static final byte[] END = {' ', '.', '\n'};

    private final OutputStream out;
    private final NodeFormatter format = new NodeFormatterNT(CharSpace.UTF8);
    /** The bytes of the nodes of the current graph (the cache starts afresh with each graph). */
    private final Map<Node, byte[]> nodes = new HashMap<>();
    private final TextBuffer text = new TextBuffer();
    private Node graph;

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
        if (named && !g.equals(graph)) {
            nodes.clear();
            graph = g;
        }
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
        byte[] b = nodes.get(n);
        if (b == null) {
            b = written(n);
            if (nodes.size() >= LIMIT) {
                nodes.clear();
            }
            nodes.put(n, b);
        }
        return b;
    }

    private byte[] written(Node n) {
        text.clear();
        format.format(text, n);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Jena's formatter writes a character at a time: into a plain StringBuilder, not a synchronised StringWriter. */
    private static final class TextBuffer extends AWriterBase {
        private final StringBuilder sb = new StringBuilder();

        void clear() {
            sb.setLength(0);
        }

        @Override
        public void print(char c) {
            sb.append(c);
        }

        @Override
        public void print(char[] cs) {
            sb.append(cs);
        }

        @Override
        public void print(String s) {
            sb.append(s);
        }

        @Override
        public void printf(String format, Object... args) {
            sb.append(String.format(format, args));
        }

        @Override
        public void println(String s) {
            sb.append(s).append('\n');
        }

        @Override
        public void println() {
            sb.append('\n');
        }

        @Override
        public void flush() {
            // nothing buffered elsewhere
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return sb.toString();
        }
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
