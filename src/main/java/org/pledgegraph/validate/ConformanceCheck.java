package org.pledgegraph.validate;

import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Answers one question fast: would jena-shacl report nothing at all for this graph? It walks the
 * shapes as jena-shacl's {@code VLib.validateShape} does (the same target shapes, focus nodes,
 * property shapes and value nodes), and lets jena-shacl's own constraint code judge every
 * constraint, except for the two that cost most, which it can often accept more cheaply:
 * <ul>
 * <li>{@code sh:class}: a value node is accepted when one of its {@code rdf:type}s is the class or
 * one of its subclasses by the background's {@code rdfs:subClassOf}, computed once at load
 * (jena-shacl walks the superclasses of every value node's types);</li>
 * <li>{@code sh:or}: a value node is accepted when it meets every constraint of an alternative
 * that is a node shape of plain value constraints, such as {@code [ sh:datatype xsd:date ]}
 * (jena-shacl builds a report for each alternative it tries);</li>
 * <li>{@code sh:qualifiedValueShape} with only a {@code sh:qualifiedMinCount}: accepted when that
 * many value nodes meet a qualifying shape of plain value constraints, such as
 * {@code [ sh:languageIn ( "zh" ) ]} (jena-shacl builds a report for each value node).</li>
 * </ul>
 * These shortcuts only ever accept; whenever one does not, or a constraint of jena-shacl makes a
 * report entry, the answer is "not clean" and the caller runs the full jena-shacl validation,
 * which gives the findings. A clean answer therefore always means jena-shacl has no result.
 *
 * <p>The data is read as it is, without the background added to it: the check reads the
 * background beside it (for the focus nodes of the targets, and for the triples of the nodes the
 * background describes, such as the areas), and hands jena-shacl's constraint code a read-only
 * union of the two. Adding the background to each file's graph and taking it out again cost more
 * than the check of a conforming graph.
 */
final class ConformanceCheck {
    private final Shapes shapes;
    /** The background: never written after loading. */
    private final Graph background;
    /** The subjects of the background's triples: the only nodes it says something about. */
    private final Set<Node> backgroundSubjects = new HashSet<>();
    /**
     * For each class of an {@code sh:class} or {@code sh:targetClass} in the shapes: the class and
     * its subclasses by the background's {@code rdfs:subClassOf}.
     */
    private final Map<Node, Set<Node>> subclasses = new HashMap<>();

    /** The check for {@code shapes} (parsed from {@code shapesGraph}) over data together with {@code background}. */
    ConformanceCheck(Shapes shapes, Graph shapesGraph, Graph background) {
        this.shapes = shapes;
        this.background = background;
        background.find().forEach(t -> backgroundSubjects.add(t.getSubject()));
        for (Node classParameter : List.of(SHACL.class_, SHACL.targetClass)) {
            shapesGraph.find(Node.ANY, classParameter, Node.ANY).forEach(t ->
                    subclasses.computeIfAbsent(t.getObject(), c -> subclassesOf(background, c)));
        }
    }

    /** The class and every class below it by {@code rdfs:subClassOf} in {@code graph}. */
    private static Set<Node> subclassesOf(Graph graph, Node type) {
        Set<Node> found = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (found.add(c)) {
                graph.find(Node.ANY, RDFS.Nodes.subClassOf, c).forEach(t -> todo.push(t.getSubject()));
            }
        }
        return Set.copyOf(found);
    }

    /**
     * True only when validating {@code data} together with the background with jena-shacl would
     * give no result. {@code data} is only read; it must not hold the background's triples added
     * for the check (it may hold some of them as its own, as an extraction holds its concepts).
     * False, so that the caller validates in full, also for data that declares subclasses of its
     * own (the subclasses were computed from the background alone).
     */
    boolean clean(Graph data) {
        if (data.contains(Node.ANY, RDFS.Nodes.subClassOf, Node.ANY)) {
            return false;
        }
        Run run = new Run(data);
        for (Shape shape : shapes.getTargetShapes()) {
            Set<Node> focusNodes = run.focusNodes(shape);
            if (focusNodes == null) {
                return false;
            }
            for (Node focus : focusNodes) {
                if (!run.cleanShape(shape, focus)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * One check of one data graph. The union of the data and the background is read in two ways:
     * by this class's own lookups, which ask the background only about its subjects, and, for
     * jena-shacl's constraint code and complex paths, through a read-only union view.
     * Stops at the first report entry of jena-shacl's constraint code.
     */
    private final class Run {
        private final Graph data;
        private final Graph union;
        private final ValidationContext vCxt;
        /** For each class of an {@code sh:class}: the value nodes already shown to be of it. */
        private final Map<Node, Set<Node>> typed = new HashMap<>();

        Run(Graph data) {
            this.data = data;
            this.union = new Union(data, background);
            this.vCxt = ValidationContext.create(shapes, union);
        }

        /**
         * The focus nodes of a shape in the union, as jena-shacl's targets find them; null for a
         * kind of target this class does not know (the caller then validates in full).
         */
        Set<Node> focusNodes(Shape shape) {
            Set<Node> nodes = new HashSet<>();
            for (Target target : shape.getTargets()) {
                Node object = target.getObject();
                switch (target.getTargetType()) {
                    case targetNode -> nodes.add(object);
                    case targetClass -> {
                        Set<Node> classes = subclasses.get(object);
                        if (classes == null) {
                            return null;
                        }
                        for (Node c : classes) {
                            find(Node.ANY, RDF.Nodes.type, c, t -> nodes.add(t.getSubject()));
                        }
                    }
                    case targetObjectsOf -> find(Node.ANY, object, Node.ANY, t -> nodes.add(t.getObject()));
                    case targetSubjectsOf -> find(Node.ANY, object, Node.ANY, t -> nodes.add(t.getSubject()));
                    default -> {
                        return null;
                    }
                }
            }
            return nodes;
        }

        /** The union's triples that match: the data's, then the background's (a few twice: only nodes are collected). */
        private void find(Node s, Node p, Node o, Consumer<Triple> action) {
            data.find(s, p, o).forEachRemaining(action);
            background.find(s, p, o).forEachRemaining(action);
        }

        /**
         * As {@code VLib.validateShape}: the shape's own constraints (on the focus node for a node
         * shape, on its value nodes for a property shape), then its property shapes on the focus node.
         */
        boolean cleanShape(Shape shape, Node focus) {
            if (shape.deactivated()) {
                return true;
            }
            FocusValues values = new FocusValues(focus);
            if (shape instanceof PropertyShape ps) {
                if (!cleanConstraints(ps, values)) {
                    return false;
                }
            } else if (shape instanceof NodeShape) {
                for (Constraint c : shape.getConstraints()) {
                    c.validateNodeShape(vCxt, union, shape, focus);
                    if (vCxt.hasViolation()) {
                        return false;
                    }
                }
            } else {
                return true;
            }
            return cleanPropertyShapes(shape.getPropertyShapes(), values);
        }

        private boolean cleanPropertyShapes(Collection<PropertyShape> propertyShapes, FocusValues values) {
            if (propertyShapes == null) {
                return true;
            }
            for (PropertyShape ps : propertyShapes) {
                if (!ps.deactivated() && !cleanPropertyShape(ps, values)) {
                    return false;
                }
            }
            return true;
        }

        /** As {@code VLib.validationPropertyShape}: the constraints on the value nodes, then nested property shapes on each. */
        private boolean cleanPropertyShape(PropertyShape ps, FocusValues values) {
            if (!cleanConstraints(ps, values)) {
                return false;
            }
            if (ps.getPropertyShapes() == null || ps.getPropertyShapes().isEmpty()) {
                return true;
            }
            for (Node node : values.of(ps.getPath())) {
                if (!cleanPropertyShapes(ps.getPropertyShapes(), new FocusValues(node))) {
                    return false;
                }
            }
            return true;
        }

        /** The constraints of a property shape on its value nodes: by a shortcut, else by jena-shacl. */
        private boolean cleanConstraints(PropertyShape ps, FocusValues values) {
            Path path = ps.getPath();
            Set<Node> nodes = values.of(path);
            for (Constraint c : ps.getConstraints()) {
                if (!accepts(c, nodes)) {
                    c.validatePropertyShape(vCxt, union, ps, values.focus, path, nodes);
                    if (vCxt.hasViolation()) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** True when a shortcut shows that {@code c} holds for every value node; false means "ask jena-shacl". */
        private boolean accepts(Constraint c, Set<Node> nodes) {
            if (c instanceof ClassConstraint cc) {
                for (Node node : nodes) {
                    if (!isOf(node, cc.getExpectedClass())) {
                        return false;
                    }
                }
                return true;
            }
            if (c instanceof ShOr or) {
                for (Node node : nodes) {
                    if (!meetsOne(or.getOthers(), node)) {
                        return false;
                    }
                }
                return true;
            }
            if (c instanceof QualifiedValueShape q && !q.qDisjoint() && q.qMax() < 0) {
                return q.qMin() <= 0 || countMeeting(q.getSub(), nodes) >= q.qMin();
            }
            return false;
        }

        /** How many of {@code nodes} surely conform to {@code shape}: at most as many as jena-shacl counts. */
        private int countMeeting(Shape shape, Set<Node> nodes) {
            int n = 0;
            for (Node node : nodes) {
                if (meetsTerms(shape, node)) {
                    n++;
                }
            }
            return n;
        }

        /** True when one of the {@code rdf:type}s of {@code node} is {@code type} or one of its subclasses. */
        private boolean isOf(Node node, Node type) {
            Set<Node> classes = subclasses.get(type);
            if (classes == null || node.isLiteral()) {
                return false;
            }
            Set<Node> known = typed.computeIfAbsent(type, k -> new HashSet<>());
            if (known.contains(node)) {
                return true;
            }
            boolean of = hasTypeIn(data, node, classes)
                    || backgroundSubjects.contains(node) && hasTypeIn(background, node, classes);
            if (of) {
                known.add(node);
            }
            return of;
        }

        private boolean meetsOne(List<Shape> alternatives, Node node) {
            for (Shape alternative : alternatives) {
                if (meetsTerms(alternative, node)) {
                    return true;
                }
            }
            return false;
        }

        /** True when {@code shape} is a node shape of value constraints only, all of which {@code node} meets. */
        private boolean meetsTerms(Shape shape, Node node) {
            if (!(shape instanceof NodeShape) || shape.deactivated()
                    || shape.getPropertyShapes() != null && !shape.getPropertyShapes().isEmpty()) {
                return false;
            }
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof DatatypeConstraint dt && !hasDatatype(node, dt.getDatatypeURI())) {
                    // Surely not met (say a gYear tried against xsd:date): no need to have jena-shacl word why.
                    return false;
                }
                if (!(c instanceof ConstraintTerm term) || term.validate(vCxt, node) != null) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The value nodes of one focus node. For a plain predicate path they come from one pass
         * over the focus node's triples, grouped by predicate, instead of one filtered pass per
         * property shape: the data's triples, and the background's if it says something of the
         * node; other paths are evaluated by jena-shacl over the union.
         */
        private final class FocusValues {
            private final Node focus;
            /** The objects of the focus node's triples in the union, by predicate. */
            private Map<Node, ObjectSet> byPredicate;

            FocusValues(Node focus) {
                this.focus = focus;
            }

            Set<Node> of(Path path) {
                if (!(path instanceof P_Link link)) {
                    return ShaclPaths.valueNodes(union, focus, path);
                }
                if (byPredicate == null) {
                    byPredicate = new HashMap<>(32);
                    data.find(focus, Node.ANY, Node.ANY).forEachRemaining(this::add);
                    if (backgroundSubjects.contains(focus)) {
                        background.find(focus, Node.ANY, Node.ANY).filterDrop(data::contains).forEachRemaining(this::add);
                    }
                }
                ObjectSet objects = byPredicate.get(link.getNode());
                return objects == null ? Set.of() : objects;
            }

            private void add(Triple t) {
                ObjectSet objects = byPredicate.get(t.getPredicate());
                if (objects == null) {
                    byPredicate.put(t.getPredicate(), new ObjectSet(t.getObject()));
                } else {
                    objects.append(t.getObject());
                }
            }
        }
    }

    private static boolean hasTypeIn(Graph graph, Node node, Set<Node> classes) {
        return graph.find(node, RDF.Nodes.type, Node.ANY).filterKeep(t -> classes.contains(t.getObject())).hasNext();
    }

    private static boolean hasDatatype(Node node, String datatype) {
        return node.isLiteral() && datatype.equals(node.getLiteralDatatypeURI());
    }

    /**
     * The objects of one subject and predicate, as a set without copying: they are distinct
     * because the graph's triples are. Most predicates have one object, held without a list.
     */
    private static final class ObjectSet extends AbstractSet<Node> {
        private final Node first;
        private List<Node> more = List.of();

        ObjectSet(Node first) {
            this.first = first;
        }

        void append(Node node) {
            if (more.isEmpty()) {
                more = new ArrayList<>(2);
            }
            more.add(node);
        }

        @Override
        public Iterator<Node> iterator() {
            if (more.isEmpty()) {
                return List.of(first).iterator();
            }
            List<Node> all = new ArrayList<>(more.size() + 1);
            all.add(first);
            all.addAll(more);
            return all.iterator();
        }

        @Override
        public int size() {
            return 1 + more.size();
        }
    }
}
