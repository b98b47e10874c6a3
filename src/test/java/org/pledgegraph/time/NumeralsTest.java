package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {

    /** Written as String.format's %0Nd writes it (2019-06, 0999, a month 7 → 07), signs included. */
    @ParameterizedTest
    @CsvSource({"2019, 4", "999, 4", "5, 4", "12345, 4", "0, 4", "7, 2", "12, 2", "0, 2", "123, 2", "-5, 4", "-5, 2",
        "-2147483648, 4", "2147483647, 2"})
    void zeroPaddedIsWhatFormatWrites(int value, int width) {
        assertEquals(String.format(Locale.ROOT, "%0" + width + "d", value), Numerals.zeroPadded(value, width));
    }

    @ParameterizedTest
    @CsvSource({"2019, 6, 2019-06", "2030, 12, 2030-12", "999, 1, 0999-01"})
    void yearMonthIsTheGYearMonthForm(int year, int month, String expected) {
        assertEquals(expected, Numerals.yearMonth(year, month));
    }
}
