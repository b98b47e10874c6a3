package org.pledgegraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.PledgegraphException;

/** The Turtle files of {@code ontology/}, which the build copies onto the classpath. */
public final class OntologyFiles {
    /** Where the files of {@code ontology/} are on the classpath. */
    public static final String DIR = "org/pledgegraph/ontology/";

    private OntologyFiles() {
    }

    /** Reads {@code ontology/NAME} (e.g. {@code domains.ttl}) from the classpath. */
    public static Graph read(String name) {
        String path = DIR + name;
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new PledgegraphException(path + ": not found on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(PG.NS).parse(graph);
        } catch (RiotException | IOException e) {
            throw new PledgegraphException(path + ": " + e.getMessage(), e);
        }
        return graph;
    }
}
