package org.pledgegraph;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pledgegraph.domain.Area;
import org.pledgegraph.extract.Statement;
import org.pledgegraph.instrument.Reference;
import org.pledgegraph.read.Unit;
import org.pledgegraph.time.DateValue;
import org.pledgegraph.time.RelativeTime;
import org.pledgegraph.time.Target;

/**
 * Everything read from one unit: what the stages found in it, ready to become RDF.
 *
 * @param unit       the unit
 * @param statements the stances taken in it
 * @param references the instruments it refers to
 * @param dates      the calendar dates it states
 * @param due        relative times (年内, 今后五年) resolved against the document date
 * @param targets    quantified targets (10万人, 2000亿美元)
 * @param area       its top-level area
 * @param topics     ids of the finer topics it touches (concepts of the topic scheme)
 */
public record Clause(Unit unit, List<Statement> statements, List<Reference> references, List<DateValue> dates,
                     List<RelativeTime> due, List<Target> targets, Area area, Set<String> topics) {
    public Clause {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(area, "area");
        statements = List.copyOf(statements);
        references = List.copyOf(references);
        dates = List.copyOf(dates);
        due = List.copyOf(due);
        targets = List.copyOf(targets);
        topics = Set.copyOf(topics);
    }
}
