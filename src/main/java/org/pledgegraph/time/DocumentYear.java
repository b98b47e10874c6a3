package org.pledgegraph.time;

import java.util.OptionalInt;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Unit;

/** The year a document's month-days without a year belong to. */
public final class DocumentYear {
    private static final DateFinder FINDER = new DateFinder();

    private DocumentYear() {
    }

    /** The year of {@code Document.date}, else of the first full date (year and month, maybe day) in its units. */
    public static OptionalInt of(Document doc) {
        if (doc.date().isPresent()) {
            return OptionalInt.of(doc.date().get().getYear());
        }
        for (Unit unit : doc.units()) {
            for (DateValue d : FINDER.find(unit.plain(), OptionalInt.empty())) {
                if (d.type() != DateType.YEAR) {
                    return OptionalInt.of(Integer.parseInt(d.lexical().substring(0, 4)));
                }
            }
        }
        return OptionalInt.empty();
    }
}
