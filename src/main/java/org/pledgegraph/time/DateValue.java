package org.pledgegraph.time;

import java.util.Objects;

/**
 * A calendar date stated in a unit, normalised (2016-11-07, 2021-02, 2001).
 *
 * @param lexical the normalised value, valid for its type's XSD datatype
 * @param type    its precision
 * @param at      offset in the unit's text where it is written
 */
public record DateValue(String lexical, DateType type, int at) {
    public DateValue {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(type, "type");
    }
}
