package org.pledgegraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;

/** ontology/domains.ttl: six areas, topics beneath them, labels in zh and en, and the tagger's ids. */
class DomainsTest {
    private static final Model DOMAINS = ModelFactory.createModelForGraph(OntologyFiles.read("domains.ttl"));
    private static final Set<Resource> AREAS = Set.of(PG.Relations, PG.Political, PG.Security, PG.Economic,
            PG.PeopleToPeople, PG.International);

    static Stream<Resource> topics() {
        return DOMAINS.listSubjectsWithProperty(SKOS.inScheme, PG.Topics).toList().stream();
    }

    @Test
    void theSixAreasAreTopConceptsOfAreas() {
        Set<Resource> tops = new HashSet<>(DOMAINS.listSubjectsWithProperty(SKOS.topConceptOf, PG.Areas).toList());
        assertEquals(AREAS, tops);
        for (Area a : Area.values()) {
            Resource r = DOMAINS.getResource(PG.NS + a.name());
            assertTrue(r.hasProperty(RDF.type, SKOS.Concept), a.name());
            assertTrue(hasLabels(r), a.name());
        }
    }

    @ParameterizedTest
    @MethodSource("topics")
    void topicReachesAnAreaAndHasLabels(Resource topic) {
        assertTrue(topic.getURI().startsWith(PG.TOPIC), topic.getURI());
        assertTrue(topic.hasProperty(RDF.type, SKOS.Concept), topic.getURI());
        assertTrue(hasLabels(topic), topic + " lacks a skos:prefLabel in zh or en");
        Resource at = topic;
        Set<Resource> seen = new HashSet<>();
        while (!AREAS.contains(at)) {
            assertTrue(seen.add(at), "skos:broader cycle at " + at);
            List<Resource> up = at.listProperties(SKOS.broader).mapWith(s -> s.getResource()).toList();
            assertEquals(1, up.size(), at + " must have one skos:broader");
            at = up.get(0);
        }
    }

    @Test
    void taggerIdsAreTheTopicsWithTerms() {
        Set<String> inDomains = new TreeSet<>();
        topics().forEach(t -> inDomains.add(t.getURI().substring(PG.TOPIC.length())));
        Set<String> tagged = TopicTagger.load().ids();
        Set<String> unknown = new TreeSet<>(tagged);
        unknown.removeAll(inDomains);
        assertEquals(Set.of(), unknown, "topics.tsv ids missing from domains.ttl");
        Set<String> untagged = new TreeSet<>(inDomains);
        untagged.removeAll(tagged);
        untagged.removeIf(id -> id.endsWith("-general"));
        assertEquals(Set.of(), untagged, "topics of domains.ttl without terms in topics.tsv");
        for (Area a : Area.values()) {
            assertTrue(inDomains.contains(TopicTagger.generalTopic(a)), TopicTagger.generalTopic(a));
        }
    }

    private static boolean hasLabels(Resource r) {
        Set<String> langs = new HashSet<>();
        r.listProperties(SKOS.prefLabel).forEach(s -> langs.add(s.getLiteral().getLanguage()));
        return langs.containsAll(Set.of("zh", "en"));
    }
}
