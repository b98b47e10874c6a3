package org.pledgegraph.time;

/**
 * One number of a written date with its unit: 2019年 (YEAR), 6月 (MONTH), 5日 (DAY), or a bare
 * number whose unit a later part of a range gives (the 2018 of 2018—2020年).
 *
 * @param value  its value
 * @param unit   its unit
 * @param digits how many characters the number has (a year needs four)
 * @param start  offset of its first character
 * @param end    offset after its unit character (after the number if bare)
 */
record DatePart(long value, Unit unit, int digits, int start, int end) {

    /** The units of a date, from the coarsest. */
    enum Unit {
        YEAR, MONTH, DAY, BARE;

        /** The next finer unit (YEAR → MONTH …), BARE after DAY. */
        Unit finer() {
            return this == YEAR ? MONTH : this == MONTH ? DAY : BARE;
        }
    }

    DatePart as(Unit other) {
        return new DatePart(value, other, digits, start, end);
    }

    /** True if the value fits its unit: a four-figure year, month 1–12, day 1–31. */
    boolean valid() {
        switch (unit) {
            case YEAR:
                return digits == 4 && value >= 1000 && value <= 2999;
            case MONTH:
                return value >= 1 && value <= 12;
            case DAY:
                return value >= 1 && value <= 31;
            default:
                return true;
        }
    }
}
