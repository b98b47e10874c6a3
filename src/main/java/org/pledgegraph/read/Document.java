package org.pledgegraph.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement found in a source file (a file may hold several).
 *
 * @param source  the file it came from
 * @param ordinal position of the document in its file, from 0
 * @param title   the title as written, whitespace removed, or "" if the text has none
 * @param date    the date of the document if the text gives one (dateline, title, signature)
 * @param units   its units in reading order
 */
public record Document(SourceText source, int ordinal, String title, Optional<LocalDate> date, List<Unit> units) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        units = List.copyOf(units);
    }
}
