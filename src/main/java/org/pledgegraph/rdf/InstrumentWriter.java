package org.pledgegraph.rdf;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pledgegraph.Sha256;
import org.pledgegraph.instrument.Event;
import org.pledgegraph.instrument.EventType;
import org.pledgegraph.instrument.Instrument;
import org.pledgegraph.instrument.Party;

/**
 * Writes an instrument node: its names (rdfs:label@zh canonical title, skos:altLabel every other
 * name, rdfs:label@en English name), type, Wikidata link, parties and what texts say of it.
 * Writing the same instrument twice adds nothing (no blank nodes).
 */
public final class InstrumentWriter {
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\d\\s.,:;'()/\\-]+");
    private static final Map<EventType, Resource> TYPES = Map.of(
            EventType.signed, PG.Signed, EventType.draft, PG.Draft, EventType.proposed, PG.Proposed,
            EventType.notInForce, PG.NotInForce, EventType.expires, PG.Expires, EventType.withdrawn, PG.Withdrawn,
            EventType.ratificationRefused, PG.RatificationRefused);

    private InstrumentWriter() {
    }

    /** The IRI of an instrument: {@code PG.ID + "instrument/" + key}. */
    public static String iri(Instrument i) {
        return PG.ID + "instrument/" + i.key();
    }

    /** Adds the instrument node and its description to m; returns the node. */
    public static Resource write(Model m, Instrument i) {
        Resource r = m.createResource(iri(i)).addProperty(RDF.type, PG.Instrument)
                .addProperty(RDFS.label, i.title(), "zh")
                .addProperty(PG.instrumentType, i.type());
        for (String a : i.aliases()) {
            r.addProperty(SKOS.altLabel, a, LATIN.matcher(a).matches() ? "en" : "zh");
        }
        i.english().ifPresent(e -> r.addProperty(RDFS.label, e, "en"));
        i.wikidata().ifPresent(q -> r.addProperty(OWL.sameAs, m.createResource(WIKIDATA + q)));
        for (Party p : i.parties()) {
            r.addProperty(PG.instrumentParty, p.name(), "zh");
            p.code().ifPresent(c -> r.addProperty(PG.instrumentPartyCode, c));
        }
        i.events().forEach(e -> event(m, r, e));
        return r;
    }

    private static void event(Model m, Resource instrument, Event e) {
        Resource type = TYPES.get(e.type());
        Resource node = m.createResource(instrument.getURI() + "/event/" + e.type() + "-" + hash(e))
                .addProperty(RDF.type, PG.InstrumentEvent)
                .addProperty(PG.eventType, type)
                .addProperty(PG.evidence, e.evidence(), LATIN.matcher(e.evidence()).matches() ? "en" : "zh");
        instrument.addProperty(PG.event, node);
        e.date().ifPresent(d -> node.addProperty(PG.eventDate, date(m, d)));
        e.place().ifPresent(p -> node.addProperty(PG.eventPlace, p, "zh"));
        e.actor().ifPresent(a -> node.addProperty(PG.eventActor, a, "zh"));
        shortcuts(m, instrument, e, type);
    }

    /**
     * Records that {@code document}, of this date and title, cites {@code instrument}: a
     * {@link PG#Citation} whose IRI comes from the instrument, the date and the title, so that
     * every copy of the document adds the same triples (and its own pg:citingDocument).
     */
    public static void citation(Model m, Resource instrument, Resource document, LocalDate date, String title) {
        Resource c = m.createResource(Iris.citation(instrument.getURI(), date, title), PG.Citation)
                .addLiteral(PG.citationDate, m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate))
                .addProperty(PG.citingDocument, document);
        if (!title.isEmpty()) {
            c.addProperty(PG.citationTitle, title, "zh");
        }
        instrument.addProperty(PG.citation, c);
    }

    /** The direct properties that make common questions easy: signed on/at, status, expiry, withdrawal. */
    private static void shortcuts(Model m, Resource instrument, Event e, Resource type) {
        switch (e.type()) {
            case signed -> {
                e.date().ifPresent(d -> instrument.addProperty(PG.signedOn, date(m, d)));
                e.place().ifPresent(p -> instrument.addProperty(PG.signedAt, p, "zh"));
            }
            case expires -> {
                instrument.addProperty(PG.status, type);
                e.date().ifPresent(d -> instrument.addProperty(PG.expiresOn, date(m, d)));
            }
            case withdrawn -> {
                instrument.addProperty(PG.status, type);
                e.actor().ifPresent(a -> instrument.addProperty(PG.withdrawnBy, a, "zh"));
            }
            default -> instrument.addProperty(PG.status, type);
        }
    }

    /** 2016-06-25 as xsd:date, 2021-02 as xsd:gYearMonth, 2001 as xsd:gYear. */
    static Literal date(Model m, String iso) {
        XSDDatatype t = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return m.createTypedLiteral(iso, t);
    }

    private static String hash(Event e) {
        String s = e.date().orElse("") + "|" + e.place().orElse("") + "|" + e.actor().orElse("");
        return Sha256.hex(s).substring(0, 8);
    }
}
