package org.pledgegraph.domain;

import java.util.Objects;
import java.util.Set;

/**
 * The field a unit belongs to.
 *
 * @param area   its top-level area
 * @param topics ids of its finer topics (never empty: an area's general topic when no term matches)
 */
public record Domain(Area area, Set<String> topics) {
    public Domain {
        Objects.requireNonNull(area, "area");
        topics = Set.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a domain needs a topic");
        }
    }
}
