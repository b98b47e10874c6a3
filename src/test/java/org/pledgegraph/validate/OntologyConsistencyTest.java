package org.pledgegraph.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;

/**
 * The ontology, the domains and a valid extraction are consistent under Jena's OWL rule reasoner
 * ({@code ReasonerRegistry.getOWLReasoner()}); data that breaks the ontology is not.
 */
class OntologyConsistencyTest {

    private static Model withOntology(Model data) {
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(OntologyFiles.read("pledgegraph.ttl")));
        m.add(ModelFactory.createModelForGraph(OntologyFiles.read("domains.ttl")));
        m.add(data);
        return m;
    }

    private static Model fixture() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, "org/pledgegraph/validate/valid.ttl");
        return m;
    }

    private static List<String> problems(Model m) {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(), m);
        ValidityReport report = inf.validate();
        List<String> out = new ArrayList<>();
        report.getReports().forEachRemaining(r -> out.add(r.toString()));
        return report.isValid() ? List.of() : out;
    }

    @Test
    void ontologyAndDomainsAreConsistent() {
        List<String> problems = problems(withOntology(ModelFactory.createDefaultModel()));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void validExtractionIsConsistentWithTheOntology() {
        List<String> problems = problems(withOntology(fixture()));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void stateIsInferredToBeAnActor() {
        Model m = withOntology(fixture());
        Resource fra = m.getResource(PG.ID + "actor/FRA");
        m.remove(fra, RDF.type, PG.Actor);
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(), m);
        assertTrue(inf.contains(fra, RDF.type, PG.Actor));
    }

    @Test
    void aNegatedThatIsNotABooleanIsInconsistent() {
        Model data = fixture();
        data.getResource(PG.ID + "doc/fv/clause/3/c0").removeAll(PG.negated).addProperty(PG.negated, "yes");
        List<String> problems = problems(withOntology(data));
        assertTrue(problems.toString().contains("range check"), problems.toString());
    }

    @Test
    void aCommitmentThatIsAlsoAnActorIsInconsistent() {
        Model data = fixture();
        data.getResource(PG.ID + "doc/fv/clause/3/c0").addProperty(RDF.type, PG.Actor);
        List<String> problems = problems(withOntology(data));
        assertTrue(problems.toString().contains("disjoint"), problems.toString());
    }
}
