package org.pledgegraph;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.rdf.NQuadsStream;

/**
 * The RDF extracted from one source file, destined for one named graph.
 *
 * @param file     the source file
 * @param graphIri the IRI of its named graph
 * @param model    the extraction (commitments, clauses, documents, actors, instruments, concepts)
 * @param warnings things a person should know (no parties found, shapes not met …), one line each
 */
public record ExtractedFile(Path file, String graphIri, Model model, List<String> warnings) {
    public ExtractedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(model, "model");
        warnings = List.copyOf(warnings);
    }

    /** Sends the extraction to {@code out} as quads of its named graph (for N-Quads written file by file). */
    public void sendQuads(StreamRDF out) {
        Node graph = NodeFactory.createURI(graphIri);
        model.getGraph().find().forEachRemaining(t -> out.quad(Quad.create(graph, t)));
    }

    /**
     * The extraction as N-Quads of its named graph (UTF-8, one quad a line), as {@link #sendQuads}
     * to an {@link NQuadsStream} writes them: written on the calling thread, so that the workers
     * that extract files also write them, and the thread that puts files together only copies bytes.
     */
    public byte[] nquads() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        StreamRDF out = NQuadsStream.to(bytes);
        out.start();
        sendQuads(out);
        out.finish();
        return bytes.toByteArray();
    }
}
