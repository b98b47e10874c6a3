package org.pledgegraph.export;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes Pledgegraph writes, by the name users type after {@code --format}. Quad
 * syntaxes keep one named graph per source file; triple syntaxes write the union of the graphs.
 */
public enum RdfFormat {
    ttl(RDFFormat.TURTLE_PRETTY, false),
    nt(RDFFormat.NTRIPLES, false),
    nq(RDFFormat.NQUADS, true),
    trig(RDFFormat.TRIG_PRETTY, true),
    jsonld(RDFFormat.JSONLD11, true);

    private final RDFFormat format;
    private final boolean quads;

    RdfFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    /** Writes {@code ds}: its named graphs for a quad syntax, their union (and the default graph) otherwise. */
    public void write(OutputStream out, Dataset ds) {
        if (quads) {
            RDFDataMgr.write(out, ds, format);
            return;
        }
        Model union = ModelFactory.createDefaultModel().add(ds.getDefaultModel());
        ds.listModelNames().forEachRemaining(name -> union.add(ds.getNamedModel(name)));
        union.setNsPrefixes(ds.getDefaultModel().getNsPrefixMap());
        RDFDataMgr.write(out, union, format);
    }
}
