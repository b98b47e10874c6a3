package org.pledgegraph.extract;

import java.util.Optional;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.Unit;

/**
 * The lists a document is in at each unit: an outer lead-in and an inner one (a list item's own
 * lead-in). A new section ends both; a new list item ends the inner one.
 */
final class ListTracker {
    private Optional<ListContext> outer = Optional.empty();
    private Optional<ListContext> inner = Optional.empty();
    private Section section;
    private boolean itemPosition;

    /** Moves to unit u; previous is the unit before it, or null. */
    void enter(Unit u, Unit previous) {
        if (section != null && !u.section().equals(section)) {
            outer = Optional.empty();
            inner = Optional.empty();
        }
        section = u.section();
        if (!u.marker().isEmpty()) {
            inner = Optional.empty();
        }
        itemPosition = !u.marker().isEmpty() || previous != null
                && (previous.plain().endsWith("；") || previous.plain().endsWith("：") || previous.plain().endsWith(";"));
    }

    Optional<ListContext> current() {
        return inner.isPresent() ? inner : outer;
    }

    /** True if the current unit can be a list item: it has a marker or follows a unit ending in ； or ：. */
    boolean itemPosition() {
        return itemPosition;
    }

    /** Unit u is a lead-in passing ctx (empty for a declaration formula) to what follows. */
    void leadIn(Unit u, Optional<ListContext> ctx) {
        if (!u.marker().isEmpty() && outer.isPresent()) {
            inner = ctx;
        } else {
            outer = ctx;
            inner = Optional.empty();
        }
    }
}
