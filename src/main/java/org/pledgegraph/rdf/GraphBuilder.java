package org.pledgegraph.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem2.GraphMem2Fast;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.pledgegraph.Clause;
import org.pledgegraph.Extraction;
import org.pledgegraph.domain.Area;
import org.pledgegraph.domain.Concepts;
import org.pledgegraph.extract.Kind;
import org.pledgegraph.extract.Statement;
import org.pledgegraph.instrument.Instrument;
import org.pledgegraph.instrument.Reference;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorType;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Unit;
import org.pledgegraph.time.DateType;
import org.pledgegraph.time.DateValue;
import org.pledgegraph.time.RelativeTime;
import org.pledgegraph.time.Target;

/**
 * Turns the extraction of one file into RDF under the pg: vocabulary: documents, clauses with
 * their offsets into the file (NIF), commitments, actors and instruments, the area and topic
 * concepts they use (with their {@code skos:broader} chains), and the run that made them (PROV-O).
 *
 * <p>Clauses and commitments, a few thousand triples per file, are added to the graph as nodes
 * and triples (the Model API's wrapping costs more than the add); the nodes that are the same
 * for many of them (the run, a concept, the clause's text, dates and instruments its commitments
 * repeat) are made once.
 */
public final class GraphBuilder {
    /** Jena's newer in-memory graph: faster to fill than the default one, and copied by index by the validator. */
    private final Model model = ModelFactory.createModelForGraph(new GraphMem2Fast());
    private final Graph graph = model.getGraph();
    private final Resource run;
    private final Node runNode;

    private final Concepts concepts;
    /** Instruments (as known when referenced) and actors already described in the model: written once each. */
    private final Map<Instrument, Resource> instruments = new IdentityHashMap<>();
    private final Map<Actor, Node> actors = new HashMap<>();
    /** The concepts of the areas and of the topics (by topic id) that the model uses, each looked up once. */
    private final Map<Area, Node> areas = new EnumMap<>(Area.class);
    private final Map<String, Node> topics = new HashMap<>();
    private static final Comparator<Actor> BY_ID = Comparator.comparing(Actor::id);
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Map<Kind, Node> KINDS = byConstant(Kind.class, k -> NodeFactory.createURI(PG.NS + k.name()));
    private static final Map<DateType, RDFDatatype> DATATYPES =
            byConstant(DateType.class, t -> TypeMapper.getInstance().getSafeTypeByName(t.datatype()));

    /**
     * The dates and instrument references of a clause, as nodes: the clause and each of its
     * commitments carry them.
     */
    private record Facts(List<Node> dates, List<Node> references) {
    }

    private GraphBuilder(SourceText source, Provenance provenance, Concepts concepts) {
        this.concepts = concepts;
        model.setNsPrefixes(Namespaces.PREFIXES);
        this.run = provenance.write(model);
        this.runNode = run.asNode();
        source(source);
    }

    /** The RDF of one file's extractions, made by the run that {@code provenance} describes. */
    public static Model build(SourceText source, List<Extraction> extractions, Provenance provenance,
                              Concepts concepts) {
        GraphBuilder b = new GraphBuilder(source, provenance, concepts);
        extractions.forEach(b::document);
        return b.model;
    }

    private void source(SourceText source) {
        Resource file = model.createResource(Iris.source(source), PG.SourceFile);
        Provenance.used(run, file);
        file
                .addProperty(RDFS.label, source.name())
                .addProperty(DCTerms.source, source.path().toString())
                .addProperty(PG.encoding, source.charset().name());
    }

    private void document(Extraction x) {
        Document doc = x.document();
        Resource d = model.createResource(Iris.document(doc), PG.Document)
                .addProperty(PG.sourceFile, model.createResource(Iris.source(doc.source())))
                .addProperty(Provenance.WAS_GENERATED_BY, run);
        if (!doc.title().isEmpty()) {
            d.addProperty(PG.title, doc.title(), "zh").addProperty(RDFS.label, doc.title(), "zh");
        }
        doc.date().ifPresent(date -> d.addLiteral(PG.documentDate,
                model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        x.parties().forEach(p -> add(d.asNode(), PG.hasParty, actor(p)));
        Set<Resource> cited = new LinkedHashSet<>();
        for (Clause c : x.clauses()) {
            clause(d, c);
            c.references().forEach(ref -> cited.add(instruments.get(ref.instrument())));
        }
        for (Resource i : cited) {
            add(d.asNode(), PG.cites, i.asNode());
            doc.date().ifPresent(date -> InstrumentWriter.citation(model, i, d, date, doc.title()));
        }
    }

    private void clause(Resource d, Clause c) {
        Unit u = c.unit();
        String iri = Iris.clause(d.getURI(), u.index());
        Node n = NodeFactory.createURI(iri);
        Node text = NodeFactory.createLiteralString(u.text());
        add(n, RDF.type, PG.Clause.asNode());
        add(n, PG.document, d.asNode());
        add(n, PG.text, text);
        add(n, PG.index, NodeFactory.createLiteralDT(Integer.toString(u.index() + 1), XSDDatatype.XSDinteger));
        add(n, Namespaces.NIF_BEGIN, NodeFactory.createLiteralDT(Integer.toString(u.span().begin()),
                XSDDatatype.XSDnonNegativeInteger));
        add(n, Namespaces.NIF_END, NodeFactory.createLiteralDT(Integer.toString(u.span().end()),
                XSDDatatype.XSDnonNegativeInteger));
        Node area = areas.computeIfAbsent(c.area(), a -> concept(PG.NS + a.name()));
        add(n, PG.domain, area);
        if (!u.plain().equals(u.text())) {
            add(n, PG.plainText, NodeFactory.createLiteralString(u.plain()));
        }
        if (!u.section().heading().isEmpty()) {
            add(n, PG.heading, NodeFactory.createLiteralString(u.section().heading()));
        }
        Facts facts = facts(n, c);
        for (int i = 0; i < c.statements().size(); i++) {
            commitment(n, iri, c, i, text, area, facts);
        }
    }

    /** A commitment of the clause {@code clause}, which carries the clause's text, area and facts. */
    private void commitment(Node clause, String clauseIri, Clause c, int i, Node text, Node area, Facts facts) {
        Statement s = c.statements().get(i);
        String iri = Iris.commitment(clauseIri, i);
        Node n = NodeFactory.createURI(iri);
        add(n, RDF.type, PG.Commitment.asNode());
        add(n, PG.text, text);
        add(n, PG.kind, KINDS.get(s.kind()));
        add(n, PG.verb, NodeFactory.createLiteralString(c.unit().written(s.verb(), s.verbAt())));
        add(n, PG.clause, clause);
        add(n, PG.domain, area);
        add(n, Provenance.WAS_GENERATED_BY, runNode);
        if (s.negated()) {
            add(n, PG.negated, TRUE);
        }
        for (Actor p : sorted(s.parties(), BY_ID)) {
            add(n, PG.party, actor(p));
        }
        for (Actor a : s.addressees()) {
            add(n, PG.addressee, actor(a));
        }
        for (String t : sorted(c.topics(), Comparator.naturalOrder())) {
            add(n, PG.domain, topics.computeIfAbsent(t, id -> concept(Iris.topic(id))));
        }
        facts.dates().forEach(date -> add(n, PG.date, date));
        facts.references().forEach(ref -> add(n, PG.references, ref));
        for (RelativeTime due : c.due()) {
            add(n, PG.dueBy, NodeFactory.createLiteralDT(due.dueBy(), DATATYPES.get(due.type())));
        }
        if (!c.targets().isEmpty()) {
            Resource r = model.createResource(iri);
            for (int t = 0; t < c.targets().size(); t++) {
                r.addProperty(PG.target, target(iri + "/target" + (t + 1), c.targets().get(t)));
            }
        }
    }

    /** The items in order (most sets here hold one item, which needs no sorting). */
    private static <T> Collection<T> sorted(Collection<T> items, Comparator<? super T> order) {
        if (items.size() < 2) {
            return items;
        }
        List<T> list = new ArrayList<>(items);
        list.sort(order);
        return list;
    }

    /** One triple straight into the graph (the Model API's wrapping costs more than the add on hot paths). */
    private void add(Node subject, Property predicate, Node object) {
        graph.add(Triple.create(subject, predicate.asNode(), object));
    }

    private Resource target(String iri, Target t) {
        Resource r = model.createResource(iri, PG.Target)
                .addProperty(RDFS.label, t.phrase(), "zh")
                .addLiteral(PG.quantity, model.createTypedLiteral(t.quantity()))
                .addProperty(PG.measureUnit, t.unit());
        t.year().ifPresent(y -> r.addLiteral(PG.targetYear,
                model.createTypedLiteral(Integer.toString(y), XSDDatatype.XSDgYear)));
        return r;
    }

    /** One value per constant of an enum, made once. */
    private static <E extends Enum<E>, V> Map<E, V> byConstant(Class<E> type, Function<E, V> value) {
        Map<E, V> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, value.apply(e));
        }
        return map;
    }

    /** Adds the clause's dates and instrument references to it; returns them for its commitments. */
    private Facts facts(Node clause, Clause c) {
        List<Node> dates = new ArrayList<>(c.dates().size());
        for (DateValue date : c.dates()) {
            Node literal = NodeFactory.createLiteralDT(date.lexical(), DATATYPES.get(date.type()));
            add(clause, PG.date, literal);
            dates.add(literal);
        }
        List<Node> references = new ArrayList<>(c.references().size());
        for (Reference ref : c.references()) {
            Node instrument = instruments.computeIfAbsent(ref.instrument(),
                    i -> InstrumentWriter.write(model, i)).asNode();
            add(clause, PG.references, instrument);
            references.add(instrument);
        }
        return new Facts(dates, references);
    }

    /** A concept of the areas and topics, with its labels and broader chain (once per model). */
    private Node concept(String iri) {
        Resource r = model.createResource(iri);
        if (!model.contains(r, RDF.type)) {
            concepts.describe(r, model);
        }
        return r.asNode();
    }

    private Node actor(Actor a) {
        return actors.computeIfAbsent(a, this::describe);
    }

    private Node describe(Actor a) {
        Resource r = model.createResource(Iris.actor(a.id()), PG.Actor)
                .addProperty(RDF.type, model.createResource(PG.NS + typeName(a.type())))
                .addProperty(RDFS.label, a.labelZh(), "zh")
                .addProperty(RDFS.label, a.labelEn(), "en")
                .addProperty(SKOS.prefLabel, a.labelZh(), "zh");
        a.code().ifPresent(code -> r.addProperty(PG.code, code));
        a.wikidata().ifPresent(q -> r.addProperty(OWL.sameAs, model.createResource(Namespaces.WIKIDATA + q)));
        return r.asNode();
    }

    private static String typeName(ActorType t) {
        return switch (t) {
            case STATE -> "State";
            case ORGANISATION -> "Organisation";
            case GROUP -> "Group";
        };
    }
}
