package org.pledgegraph.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date as a chain states it once its bare numbers and inherited parts are filled in; a part
 * it does not give is 0. {@code ownYear} is false when the year was not written in the piece.
 *
 * @param year  the year, or 0
 * @param month the month, or 0
 * @param day   the day, or 0
 * @param start offset where the piece is written
 * @param end   offset after the piece
 */
record WrittenDate(int year, int month, int day, int start, int end) {

    WrittenDate withYear(int y) {
        return new WrittenDate(y, month, day, start, end);
    }

    /** True if it is a bare year (no month, no day). */
    boolean yearOnly() {
        return year > 0 && month == 0 && day == 0;
    }

    /** The normalised value, taking {@code documentYear} for a month-day without a year. */
    Optional<DateValue> value(OptionalInt documentYear) {
        if (year == 0 && month > 0 && day > 0 && documentYear.isPresent()) {
            return withYear(documentYear.getAsInt()).value(OptionalInt.empty());
        }
        if (year == 0 || (month == 0 && day > 0)) {
            return Optional.empty();
        }
        if (month == 0) {
            return Optional.of(new DateValue(String.valueOf(year), DateType.YEAR, start));
        }
        if (day == 0) {
            return Optional.of(new DateValue(Numerals.yearMonth(year, month), DateType.YEAR_MONTH, start));
        }
        try {
            return Optional.of(new DateValue(LocalDate.of(year, month, day).toString(), DateType.DATE, start));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
