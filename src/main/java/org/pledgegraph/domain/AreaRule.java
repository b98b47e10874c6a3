package org.pledgegraph.domain;

import java.util.Objects;

/**
 * One row of {@code areas.tsv}: a heading or title that contains {@code term} gives {@code area}.
 *
 * @param scope where the term is looked for
 * @param term  the Chinese term (a substring of the heading or title)
 * @param area  the area it gives
 */
public record AreaRule(Scope scope, String term, Area area) {
    /** Where a rule looks. */
    public enum Scope { heading, title }

    public AreaRule {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(area, "area");
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("empty term");
        }
    }

    public boolean matches(String text) {
        return text.contains(term);
    }
}
