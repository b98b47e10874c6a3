package org.pledgegraph.time;

import java.util.Objects;

/**
 * A relative time (年内, 明年, 今后五年, 本世纪中叶, 到2025年前) resolved against the document date.
 *
 * @param phrase the words as written
 * @param at     offset of the phrase in the text
 * @param dueBy  the end of the period it names, as an XSD lexical of {@code type} (2019, 2019-12)
 * @param type   the precision of {@code dueBy}
 */
public record RelativeTime(String phrase, int at, String dueBy, DateType type) {
    public RelativeTime {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(type, "type");
    }
}
