package org.pledgegraph.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact of an instrument's history or status, as a text states it.
 *
 * @param type     what happened
 * @param date     ISO date, year-month or year (2016-06-25, 2021-02, 2001), if stated
 * @param place    where (北京), if stated
 * @param actor    who did it (美国), if stated
 * @param evidence the words it was read from
 */
public record Event(EventType type, Optional<String> date, Optional<String> place, Optional<String> actor,
                    String evidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** The same fact, ignoring where it was read from. */
    public boolean sameFact(Event other) {
        return type == other.type && date.equals(other.date) && place.equals(other.place) && actor.equals(other.actor);
    }
}
