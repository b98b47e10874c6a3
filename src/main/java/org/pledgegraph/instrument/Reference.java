package org.pledgegraph.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to an instrument inside one unit.
 *
 * @param instrument the instrument referred to
 * @param begin      offset of the mention in the unit's text
 * @param end        end offset (exclusive) of the mention
 * @param anaphoric  true for 《公约》, 该条约 and the like
 * @param article    the article cited (第二十五条), if any
 */
public record Reference(Instrument instrument, int begin, int end, boolean anaphoric, Optional<String> article) {
    public Reference {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(article, "article");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad mention offsets");
        }
    }
}
