package org.pledgegraph.rdf;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pledgegraph.Sha256;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.SourceText;

/**
 * The IRIs of the data. Each is derived from the input alone (file name, position of the
 * document in the file, position of the unit), so the same input gives the same IRIs every run.
 */
public final class Iris {
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}_.-]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Iris() {
    }

    /** A file name or title made safe for an IRI path segment, Chinese letters kept. */
    public static String slug(String name) {
        String stem = EXTENSION.matcher(name).replaceFirst("");
        String safe = EDGE_DASHES.matcher(UNSAFE.matcher(stem).replaceAll("-")).replaceAll("");
        return safe.isEmpty() ? "untitled" : safe.toLowerCase(Locale.ROOT);
    }

    public static String graph(SourceText source) {
        return PG.ID + "graph/" + slug(source.name());
    }

    public static String source(SourceText source) {
        return PG.ID + "source/" + slug(source.name());
    }

    public static String document(Document doc) {
        return PG.ID + "doc/" + slug(doc.source().name()) + "/" + (doc.ordinal() + 1);
    }

    public static String clause(Document doc, int unitIndex) {
        return clause(document(doc), unitIndex);
    }

    /** The clause's IRI under its document's IRI (as {@link #document} gives it), without making the slug again. */
    public static String clause(String documentIri, int unitIndex) {
        return documentIri + "/clause/" + (unitIndex + 1);
    }

    public static String commitment(Document doc, int unitIndex, int statementIndex) {
        return commitment(clause(doc, unitIndex), statementIndex);
    }

    /** The commitment's IRI under its clause's IRI (as {@link #clause} gives it). */
    public static String commitment(String clauseIri, int statementIndex) {
        return clauseIri + "/c" + (statementIndex + 1);
    }

    /**
     * The citation of an instrument by documents of one date and title: the same IRI in every file
     * that holds a copy of such a document, so that the union of the graphs holds it once.
     */
    public static String citation(String instrumentIri, LocalDate date, String title) {
        return instrumentIri + "/citation/" + date + "-" + Sha256.hex(title).substring(0, 8);
    }

    public static String actor(String id) {
        return PG.ID + "actor/" + id;
    }

    public static String topic(String id) {
        return PG.TOPIC + id;
    }
}
