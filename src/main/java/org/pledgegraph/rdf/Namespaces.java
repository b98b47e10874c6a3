package org.pledgegraph.rdf;

import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The other vocabularies the output uses, and the prefixes it is written with. */
public final class Namespaces {
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Offset of a clause's first character in its source file (NIF). */
    public static final Property NIF_BEGIN = ResourceFactory.createProperty(NIF + "beginIndex");
    /** Offset just past a clause's last character in its source file (NIF). */
    public static final Property NIF_END = ResourceFactory.createProperty(NIF + "endIndex");

    public static final Map<String, String> PREFIXES = Map.of(
            "pg", PG.NS,
            "pgid", PG.ID,
            "topic", PG.TOPIC,
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "nif", NIF,
            "prov", PROV,
            "dcterms", "http://purl.org/dc/terms/");

    private Namespaces() {
    }
}
