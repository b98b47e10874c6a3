package org.pledgegraph.instrument;

import java.util.Objects;
import java.util.Set;

/**
 * The head noun of an instrument title (条约, 公约, 联合声明 …) and what it says.
 *
 * @param word       the head as written
 * @param type       the instrument type it gives
 * @param anaphor    whether the bare head (《公约》, 该条约) refers back to an instrument
 * @param compatible the types an anaphor with this head may refer to
 */
record Head(String word, String type, boolean anaphor, Set<String> compatible) {
    Head {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(type, "type");
        compatible = Set.copyOf(compatible);
    }
}
