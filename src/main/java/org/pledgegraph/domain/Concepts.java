package org.pledgegraph.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;

/**
 * The SKOS concepts of {@code ontology/domains.ttl}: the six areas and the topics beneath them.
 * Knows the area a topic belongs to, and describes the concepts an extraction uses, so that its
 * output carries the {@code skos:broader} chain from every topic up to its area.
 */
public final class Concepts {
    private final Model scheme;

    private Concepts(Model scheme) {
        this.scheme = scheme;
    }

    /** The concepts of {@code ontology/domains.ttl}. */
    public static Concepts load() {
        return new Concepts(ModelFactory.createModelForGraph(OntologyFiles.read("domains.ttl")));
    }

    /** The area a topic belongs to, by its {@code skos:broader} chain. */
    public Optional<Area> areaOf(String topicId) {
        Set<Resource> seen = new HashSet<>();
        Resource concept = scheme.getResource(PG.TOPIC + topicId);
        while (concept != null && seen.add(concept)) {
            if (concept.getURI().startsWith(PG.NS)) {
                String local = concept.getURI().substring(PG.NS.length());
                return java.util.Arrays.stream(Area.values()).filter(a -> a.name().equals(local)).findFirst();
            }
            concept = concept.hasProperty(SKOS.broader) ? concept.getPropertyResourceValue(SKOS.broader) : null;
        }
        return Optional.empty();
    }

    /** Adds to {@code target} what the scheme says of {@code concept} and of each concept above it. */
    public void describe(Resource concept, Model target) {
        Set<Resource> seen = new HashSet<>();
        Resource c = scheme.getResource(concept.getURI());
        while (c != null && seen.add(c)) {
            target.add(scheme.listStatements(c, null, (org.apache.jena.rdf.model.RDFNode) null));
            c = c.hasProperty(SKOS.broader) ? c.getPropertyResourceValue(SKOS.broader) : null;
        }
    }
}
