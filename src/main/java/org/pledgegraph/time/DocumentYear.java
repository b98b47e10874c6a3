package org.pledgegraph.time;

import java.util.OptionalInt;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.ForwardDates;
import org.pledgegraph.read.Unit;

/** The year a document's month-days without a year belong to. */
public final class DocumentYear {
    private static final DateFinder FINDER = new DateFinder();
    private static final ForwardDates FORWARD = ForwardDates.standard();

    private DocumentYear() {
    }

    /**
     * The year of {@code Document.date}, else of the first full date (year and month, maybe day) in its units that
     * is not a forward one (自2024年1月起, 到2025年6月, 将于2024年3月: {@link ForwardDates}); none if there is none, as
     * a forward date only bounds the document's year.
     */
    public static OptionalInt of(Document doc) {
        if (doc.date().isPresent()) {
            return OptionalInt.of(doc.date().get().getYear());
        }
        for (Unit unit : doc.units()) {
            for (DateValue d : FINDER.find(unit.plain(), OptionalInt.empty())) {
                if (d.type() != DateType.YEAR && !FORWARD.forward(unit.plain(), d.at())) {
                    return OptionalInt.of(Integer.parseInt(d.lexical().substring(0, 4)));
                }
            }
        }
        return OptionalInt.empty();
    }
}
