package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.PledgegraphException;

/**
 * Hostile values against {@link SavedQuery#bind}: a value that fits becomes one RDF term in one
 * VALUES row, and the query around it is unchanged, even after printing and parsing it again; a
 * value that does not fit is refused in one line naming the parameter.
 */
class ExploreBindingTest {
    static final SavedQuery Q = SavedQuery.parse("hostile.rq", String.join("\n",
            "# Question: test",
            "# Param: ?s string  any text",
            "# Param: ?d iriOrString  a document",
            "# Param: ?i iri  an IRI",
            "# Param: ?c code  a code",
            "# Param: ?k kind  a kind",
            "# Param: ?t date  a date",
            "# Param: ?n integer  a number",
            "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>",
            "SELECT ?x WHERE { ?x pg:text ?s ; pg:document ?d ; pg:references ?i ; pg:code ?c ; pg:kind ?k ;"
                    + " pg:date ?t ; pg:index ?n }"));

    /** The one row of the VALUES block the binding put in front of the pattern, after a print-and-parse round trip. */
    static Binding boundRow(Query bound) {
        Query again = QueryFactory.create(bound.serialize());
        ElementGroup group = (ElementGroup) again.getQueryPattern();
        ElementData data = (ElementData) group.getElements().get(0);
        assertEquals(1, data.getRows().size());
        assertEquals(Q.query().getQueryPattern().toString(),
                rest(group).toString(), "the pattern around the VALUES block is unchanged");
        return data.getRows().get(0);
    }

    static ElementGroup rest(ElementGroup group) {
        ElementGroup rest = new ElementGroup();
        group.getElements().subList(1, group.getElements().size()).forEach(rest::addElement);
        return rest;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"} ; DROP ALL ; {\"",
        "} ; DROP ALL",
        "'''\"\"\" }}} {{{",
        "\\\" ) } UNION { ?a ?b ?c } #",
        "<http://evil.example/> } INSERT DATA { <a> <b> <c> }",
        "核不扩散\" . } DELETE WHERE { ?s ?p ?o } #",
        "$s ?x @en ^^<http://www.w3.org/2001/XMLSchema#integer>",
    })
    void anyTextIsOneStringLiteralOfExactlyThatText(String value) {
        Node term = boundRow(Q.bind(Map.of("s", value))).get(Var.alloc("s"));
        assertTrue(term.isLiteral());
        assertEquals(value, term.getLiteralLexicalForm());
        assertEquals("", term.getLiteralLanguage());
        Node doc = boundRow(Q.bind(Map.of("d", value.startsWith("<") ? "x" + value : value))).get(Var.alloc("d"));
        assertTrue(doc.isLiteral(), "text that is not an IRI is text: " + doc);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s|line one%nline two",
        "s|tab%tthen",
        "s|carriage%rreturn",
        "d|法兰西%n} ; DROP ALL",
        "i|http://example.org/a b",
        "i|<http://example.org/a b>",
        "i|<http://example.org/a> } ; DROP ALL ; SELECT * { <http://example.org/b>",
        "i|http://example.org/a>",
        "i|http://example.org/\"quote",
        "i|http://example.org/{brace}",
        "i|relative/path",
        "i|''",
        "d|<http://example.org/a b>",
        "d|<urn:x> } DROP ALL {",
        "c|RUS\" } ; DROP ALL #",
        "c|RUS%n",
        "c|{}",
        "k|Support } ; DROP ALL",
        "k|pg:Support>",
        "t|2019-06-05\"^^<http://x>",
        "t|2019-13-01",
        "n|1 } ; DROP ALL",
        "n|1e3",
    })
    void aValueThatDoesNotFitIsRefusedInOneLineNamingTheParameter(String param, String raw) {
        String value = raw.replace("%n", "\n").replace("%t", "\t").replace("%r", "\r");
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> Q.bind(Map.of(param, value)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("hostile.rq: parameter " + param + ":"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i|http://example.org/a?b=c&d=%7B|http://example.org/a?b=c&d=%7B",
        "i|<urn:isbn:0451450523>|urn:isbn:0451450523",
        "d|<https://w3id.org/pledgegraph/id/doc-fra-pak>|https://w3id.org/pledgegraph/id/doc-fra-pak",
        "k|pg:Opposition|https://w3id.org/pledgegraph/ontology#Opposition",
    })
    void aValueThatFitsIsOneIri(String param, String value, String iri) {
        Node term = boundRow(Q.bind(Map.of(param, value))).get(Var.alloc(param));
        assertTrue(term.isURI(), term.toString());
        assertEquals(iri, term.getURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nosuch", "s } ; DROP ALL", "format"})
    void anUndeclaredParameterIsRefused(String name) {
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> Q.bind(Map.of(name, "x")));
        assertTrue(e.getMessage().contains("no parameter"), e.getMessage());
    }

    @Test
    void boundTogetherEachIsItsOwnTerm() {
        Binding row = boundRow(Q.bind(Map.of("s", "a\" , \"b", "c", "RUS", "n", "-7")));
        assertEquals(List.of("a\" , \"b", "RUS", "-7"), List.of(row.get(Var.alloc("s")).getLiteralLexicalForm(),
                row.get(Var.alloc("c")).getLiteralLexicalForm(), row.get(Var.alloc("n")).getLiteralLexicalForm()));
    }
}
