package org.pledgegraph.serve;

import java.util.Objects;

/**
 * A parameter of a saved query, declared in its header as
 * {@code # Param: ?party code  the party whose stances to list (default: every party)}.
 *
 * @param name        the variable, without {@code ?}
 * @param type        the kind of value it takes
 * @param description what it means and what happens when it is not given
 */
public record QueryParam(String name, ParamType type, String description) {
    public QueryParam {
        Objects.requireNonNull(type, "type");
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("bad parameter name: " + name);
        }
        description = description == null ? "" : description.strip();
    }
}
