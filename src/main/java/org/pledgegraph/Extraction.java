package org.pledgegraph;

import java.util.List;
import java.util.Objects;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.read.Document;

/**
 * The extraction of one document.
 *
 * @param document the document
 * @param parties  its parties, as read from its title and preamble (may be empty, with a warning)
 * @param clauses  one per unit, in order
 */
public record Extraction(Document document, List<Actor> parties, List<Clause> clauses) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        parties = List.copyOf(parties);
        clauses = List.copyOf(clauses);
    }
}
