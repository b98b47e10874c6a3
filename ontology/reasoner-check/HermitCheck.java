import java.io.File;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** Loads the given Turtle files into one OWL ontology and asks HermiT whether it is consistent. */
public class HermitCheck {
    public static void main(String[] files) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology all = manager.createOntology();
        for (String f : files) {
            OWLOntology o = manager.loadOntologyFromOntologyDocument(new File(f));
            manager.addAxioms(all, o.axioms());
            System.out.println(f + ": " + o.getAxiomCount() + " axioms");
        }
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(all);
        boolean consistent = reasoner.isConsistent();
        System.out.println("consistent=" + consistent);
        if (consistent) {
            System.out.println("unsatisfiable=" + reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom());
        }
        System.exit(consistent ? 0 : 1);
    }
}
