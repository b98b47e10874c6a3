package org.pledgegraph.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * A party to an instrument, as read from its title (苏美关于…… → 苏联, 美国).
 *
 * @param name its usual Chinese name
 * @param code ISO 3166-1 alpha-3 code for a state, if known
 */
public record Party(String name, Optional<String> code) {
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }
}
