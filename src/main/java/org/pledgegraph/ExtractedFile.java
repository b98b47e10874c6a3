package org.pledgegraph;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

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
}
