package org.pledgegraph.serve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.pledgegraph.rdf.PG;

/**
 * The kinds of value a saved query's parameter takes, each turned into an RDF term, never pasted
 * into the query text. A value that does not fit its kind is refused.
 */
public enum ParamType {
    /** Any text without control characters: a plain string literal. */
    string,
    /** An absolute IRI, written bare or in angle brackets. */
    iri,
    /** A party code: 2 to 10 capital letters or digits (ISO 3166-1 alpha-3 for states). */
    code,
    /** A kind of stance: Undertaking, Support, Opposition, Appeal, Position or Concern. */
    kind,
    /** A calendar date, year-month or year: 2019-06-05, 2019-06, 2019. */
    date,
    /** A whole number. */
    integer,
    /** A document: an IRI in angle brackets or bare, or else text to find in its title. */
    iriOrString;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,18}");
    private static final Set<String> KINDS = Set.of("Undertaking", "Support", "Opposition", "Appeal", "Position", "Concern");

    /**
     * The term for {@code value}.
     *
     * @throws IllegalArgumentException naming what was expected, if the value does not fit
     */
    public Node toNode(String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("control characters are not allowed");
        }
        switch (this) {
            case string:
                return NodeFactory.createLiteralString(value);
            case iri:
                return iriNode(value);
            case code:
                return matching(value, CODE, "a party code such as RUS or FRA");
            case kind:
                return kindNode(value);
            case date:
                return dateNode(value);
            case integer:
                return NodeFactory.createLiteralDT(
                        matching(value, INTEGER, "a whole number").getLiteralLexicalForm(), XSDDatatype.XSDinteger);
            case iriOrString:
            default:
                return looksLikeIri(value) ? iriNode(value) : NodeFactory.createLiteralString(value);
        }
    }

    private static boolean looksLikeIri(String value) {
        return value.startsWith("<") || value.matches("(?i)https?://\\S+|urn:\\S+");
    }

    private static Node iriNode(String value) {
        String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
        if (iri.isEmpty() || iri.matches(".*[\\s<>\"{}|\\\\^`].*") || !iri.matches("[A-Za-z][A-Za-z0-9+.-]*:.+") || !IRIs.check(iri)) {
            throw new IllegalArgumentException("not an absolute IRI: " + value);
        }
        return NodeFactory.createURI(iri);
    }

    private static Node matching(String value, Pattern p, String expected) {
        if (!p.matcher(value).matches()) {
            throw new IllegalArgumentException("expected " + expected + ", got '" + value + "'");
        }
        return NodeFactory.createLiteralString(value);
    }

    private static Node kindNode(String value) {
        String local = value.startsWith("pg:") ? value.substring(3) : value;
        String cap = local.isEmpty() ? local : local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1).toLowerCase(Locale.ROOT);
        if (!KINDS.contains(cap)) {
            throw new IllegalArgumentException("expected one of " + String.join(", ", KINDS.stream().sorted().toList()) + ", got '" + value + "'");
        }
        return NodeFactory.createURI(PG.NS + cap);
    }

    private static Node dateNode(String value) {
        XSDDatatype dt;
        if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            dt = XSDDatatype.XSDdate;
        } else if (value.matches("[0-9]{4}-[0-9]{2}")) {
            dt = XSDDatatype.XSDgYearMonth;
        } else if (value.matches("[0-9]{4}")) {
            dt = XSDDatatype.XSDgYear;
        } else {
            throw new IllegalArgumentException("expected a date such as 2019-06-05, 2019-06 or 2019, got '" + value + "'");
        }
        if (!dt.isValid(value)) {
            throw new IllegalArgumentException("not a valid date: '" + value + "'");
        }
        return NodeFactory.createLiteralDT(value, dt);
    }
}
