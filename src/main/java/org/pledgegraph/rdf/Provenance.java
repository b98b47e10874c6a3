package org.pledgegraph.rdf;

import java.time.Instant;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The extraction run, as a PROV-O activity: which version of the tool read which file, and when.
 *
 * @param toolVersion the version of Pledgegraph that ran
 * @param started     when the run started
 * @param fileDigest  SHA-256 of the input file's bytes, which names the run with the version
 */
public record Provenance(String toolVersion, Instant started, String fileDigest) {
    public static final Property WAS_GENERATED_BY = prov("wasGeneratedBy");
    private static final Property STARTED_AT = prov("startedAtTime");
    private static final Property ASSOCIATED_WITH = prov("wasAssociatedWith");
    private static final Property USED = prov("used");

    public Provenance {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(fileDigest, "fileDigest");
    }

    private static Property prov(String local) {
        return ResourceFactory.createProperty(Namespaces.PROV + local);
    }

    /** Writes the run and the software agent into {@code m}; returns the run. */
    Resource write(Model m) {
        Resource agent = m.createResource(PG.ID + "agent/pledgegraph-" + toolVersion)
                .addProperty(RDF.type, m.createResource(Namespaces.PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, "Pledgegraph " + toolVersion);
        return m.createResource(PG.ID + "run/" + toolVersion + "-" + fileDigest.substring(0, 16))
                .addProperty(RDF.type, m.createResource(Namespaces.PROV + "Activity"))
                .addProperty(RDF.type, PG.ExtractionRun)
                .addProperty(ASSOCIATED_WITH, agent)
                .addLiteral(STARTED_AT, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime));
    }

    /** Links the run to the file it read. */
    static void used(Resource run, Resource source) {
        run.addProperty(USED, source);
    }
}
