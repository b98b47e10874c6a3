package org.pledgegraph.store;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.pledgegraph.rdf.PG;

/**
 * What one tally counts: a (party, kind), an instrument, or an (instrument, kind, verb); {@code
 * verb} is null for commitments without one. Its node in the totals graph has an IRI derived from
 * these terms alone, so every update finds the node the last one wrote.
 */
record TallyKey(Resource type, Node subject, Node kind, Node verb) {
    static TallyKey partyKind(Node party, Node kind) {
        return new TallyKey(PG.PartyKindTally, party, kind, null);
    }

    static TallyKey instrument(Node instrument) {
        return new TallyKey(PG.InstrumentTally, instrument, null, null);
    }

    static TallyKey stance(Node instrument, Node kind, Node verb) {
        return new TallyKey(PG.StanceTally, instrument, kind, verb);
    }

    /** The predicate of its count: one per kind of tally, so each kind is one index range. */
    Property countPredicate() {
        if (type.equals(PG.PartyKindTally)) {
            return PG.partyKindCount;
        }
        return type.equals(PG.InstrumentTally) ? PG.instrumentCount : PG.stanceCount;
    }

    /** The tally's node: {@code …/id/totals/<PartyKindTally>/<name-based UUID of its terms>}. */
    Node iri() {
        String terms = term(subject) + "\n" + term(kind) + "\n" + term(verb);
        UUID id = UUID.nameUUIDFromBytes(terms.getBytes(StandardCharsets.UTF_8));
        return NodeFactory.createURI(Totals.GRAPH + "/" + type.getLocalName() + "/" + id);
    }

    private static String term(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return "\"" + n.getLiteralLexicalForm() + "\"@" + n.getLiteralLanguage() + "^^" + n.getLiteralDatatypeURI();
        }
        return n.isURI() ? "<" + n.getURI() + ">" : "_:" + n.getBlankNodeLabel();
    }
}
