package org.pledgegraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Pledgegraph vocabulary, {@value #NS}. One constant per term, spelled like the IRI's local
 * name. The core terms are a contract (GUIDELINES section 1): never rename them.
 * {@code PGTest} checks that every term here is declared in {@code ontology/pledgegraph.ttl}.
 */
public final class PG {
    public static final String NS = "https://w3id.org/pledgegraph/ontology#";
    public static final String PREFIX = "pg";
    /** Base of the IRIs of the data (documents, clauses, commitments, actors, instruments). */
    public static final String ID = "https://w3id.org/pledgegraph/id/";
    /** Namespace of the topic concepts beneath the six areas (ontology/domains.ttl). */
    public static final String TOPIC = "https://w3id.org/pledgegraph/topic/";

    private PG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Document = resource("Document");
    public static final Resource Clause = resource("Clause");
    public static final Resource Commitment = resource("Commitment");
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource Group = resource("Group");
    public static final Resource Instrument = resource("Instrument");
    public static final Resource Kind = resource("Kind");
    public static final Resource SourceFile = resource("SourceFile");
    public static final Resource ExtractionRun = resource("ExtractionRun");

    // Kinds of stance
    public static final Resource Undertaking = resource("Undertaking");
    public static final Resource Support = resource("Support");
    public static final Resource Opposition = resource("Opposition");
    public static final Resource Appeal = resource("Appeal");
    public static final Resource Position = resource("Position");
    public static final Resource Concern = resource("Concern");

    // Areas (skos:Concept) and their scheme
    public static final Resource Areas = resource("Areas");
    public static final Resource Topics = resource("Topics");
    public static final Resource Relations = resource("Relations");
    public static final Resource Political = resource("Political");
    public static final Resource Security = resource("Security");
    public static final Resource Economic = resource("Economic");
    public static final Resource PeopleToPeople = resource("PeopleToPeople");
    public static final Resource International = resource("International");

    // Core properties of a commitment (the contract)
    public static final Property text = property("text");
    public static final Property party = property("party");
    public static final Property kind = property("kind");
    public static final Property verb = property("verb");
    public static final Property negated = property("negated");
    public static final Property domain = property("domain");
    public static final Property references = property("references");
    public static final Property cites = property("cites");
    public static final Property date = property("date");
    public static final Property code = property("code");

    // Structure and provenance
    public static final Property addressee = property("addressee");
    public static final Property clause = property("clause");
    public static final Property document = property("document");
    public static final Property sourceFile = property("sourceFile");
    public static final Property title = property("title");
    public static final Property documentDate = property("documentDate");
    public static final Property hasParty = property("hasParty");
    public static final Property index = property("index");
    public static final Property heading = property("heading");
    public static final Property plainText = property("plainText");
    public static final Property encoding = property("encoding");
    public static final Property dueBy = property("dueBy");

    // Quantified targets
    public static final Resource Target = resource("Target");
    public static final Property target = property("target");
    public static final Property quantity = property("quantity");
    public static final Property measureUnit = property("measureUnit");
    public static final Property targetYear = property("targetYear");

    // Instruments
    public static final Property instrumentType = property("instrumentType");
    public static final Property article = property("article");
    public static final Property anaphoric = property("anaphoric");

    // Instrument descriptions (InstrumentWriter)
    public static final Resource InstrumentEvent = resource("InstrumentEvent");
    public static final Resource Citation = resource("Citation");
    public static final Property instrumentParty = property("instrumentParty");
    public static final Property instrumentPartyCode = property("instrumentPartyCode");
    public static final Property signedOn = property("signedOn");
    public static final Property signedAt = property("signedAt");
    public static final Property expiresOn = property("expiresOn");
    public static final Property withdrawnBy = property("withdrawnBy");
    public static final Property status = property("status");
    public static final Property event = property("event");
    public static final Property eventType = property("eventType");
    public static final Property eventDate = property("eventDate");
    public static final Property eventPlace = property("eventPlace");
    public static final Property eventActor = property("eventActor");
    public static final Property citation = property("citation");
    public static final Property citationDate = property("citationDate");
    public static final Property citationTitle = property("citationTitle");
    public static final Property citingDocument = property("citingDocument");
    public static final Property evidence = property("evidence");
    /** Values of pg:eventType, and of pg:status for the status events. */
    public static final Resource Signed = resource("Signed");
    public static final Resource Draft = resource("Draft");
    public static final Resource Proposed = resource("Proposed");
    public static final Resource NotInForce = resource("NotInForce");
    public static final Resource Expires = resource("Expires");
    public static final Resource Withdrawn = resource("Withdrawn");
    public static final Resource RatificationRefused = resource("RatificationRefused");

    // Totals kept by the store in its reserved graph (store.Totals), read by two saved queries
    public static final Resource Totals = resource("Totals");
    public static final Resource PartyKindTally = resource("PartyKindTally");
    public static final Resource InstrumentTally = resource("InstrumentTally");
    public static final Resource StanceTally = resource("StanceTally");
    public static final Property tallyParty = property("tallyParty");
    public static final Property tallyKind = property("tallyKind");
    public static final Property tallyInstrument = property("tallyInstrument");
    public static final Property tallyVerb = property("tallyVerb");
    public static final Property tallyName = property("tallyName");
    public static final Property tallySortKey = property("tallySortKey");
    public static final Property partyKindCount = property("partyKindCount");
    public static final Property instrumentCount = property("instrumentCount");
    public static final Property stanceCount = property("stanceCount");
    public static final Property instrumentRank = property("instrumentRank");
    public static final Property totalsVersion = property("totalsVersion");
}
