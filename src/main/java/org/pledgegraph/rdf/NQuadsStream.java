package org.pledgegraph.rdf;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;

/**
 * N-Quads as Jena's streaming writer for {@link org.apache.jena.riot.Lang#NQUADS} writes them
 * (UTF-8, one quad a line, the same node syntax), but each IRI is escaped once and its text
 * reused: a file's graph, subjects and predicates recur on most lines, and checking every
 * character of every IRI again was most of the writing time. Not thread-safe (like Jena's writer).
 */
public final class NQuadsStream {
    private NQuadsStream() {
    }

    /** A stream writing N-Quads to {@code out}; call {@code start()} first and {@code finish()} to flush. */
    public static StreamRDF to(OutputStream out) {
        return new WriterStreamRDFPlain(IO.wrapUTF8(out), new CachedIris());
    }

    /** Jena's N-Triples node syntax, remembering the written form of recent IRIs. */
    static final class CachedIris extends NodeFormatterNT {
        /** Bounds the memory: the cache starts afresh past this many IRIs (a corpus has millions). */
        private static final int LIMIT = 50_000;
        private final Map<String, String> written = new HashMap<>();

        CachedIris() {
            super(CharSpace.UTF8);
        }

        @Override
        public void formatURI(AWriter w, String iri) {
            String text = written.get(iri);
            if (text == null) {
                StringWriterI one = new StringWriterI();
                super.formatURI(one, iri);
                text = one.toString();
                if (written.size() >= LIMIT) {
                    written.clear();
                }
                written.put(iri, text);
            }
            w.print(text);
        }
    }
}
