package org.pledgegraph.time;

/**
 * Reading numbers written in ASCII digits, full-width digits or Chinese numerals
 * (二〇一九, 十二, 二十五, 三百五十, 10, ２０１９).
 */
final class Numerals {
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** The value of a decimal digit (ASCII or full-width), or -1. */
    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    /** The value of a single Chinese digit (〇 零 ○ 一 … 九, 两), or -1. */
    static int chineseDigit(char c) {
        if (c == '零' || c == '○' || c == 'Ｏ') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return CHINESE_DIGITS.indexOf(c);
    }

    /** True for a character that can be part of a Chinese numeral. */
    static boolean isChineseNumeral(char c) {
        return chineseDigit(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    /** True for a character that can be part of a number of either script. */
    static boolean isNumeral(char c) {
        return arabicDigit(c) >= 0 || isChineseNumeral(c);
    }

    /**
     * The value of a run of digits or Chinese numerals: a positional numeral (二十五, 三百) or a
     * digit string (2019, 二〇一九). Returns -1 if the run is not a number.
     */
    static long value(String run) {
        if (run.isEmpty()) {
            return -1;
        }
        if (run.indexOf('十') >= 0 || run.indexOf('百') >= 0 || run.indexOf('千') >= 0) {
            return positional(run);
        }
        long v = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int d = arabicDigit(c) >= 0 ? arabicDigit(c) : chineseDigit(c);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** 十 → 10, 十二 → 12, 二十五 → 25, 三百零五 → 305, 一千二百 → 1200. */
    private static long positional(String run) {
        long total = 0;
        long digit = -1;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int scale = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (scale == 0) {
                digit = chineseDigit(c) >= 0 ? chineseDigit(c) : arabicDigit(c);
                if (digit < 0) {
                    return -1;
                }
                continue;
            }
            total += (digit < 0 ? 1 : digit) * scale;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }

    /** A year and month as {@code xsd:gYearMonth} writes them: {@code 2019-06} ({@code %04d-%02d}). */
    static String yearMonth(int year, int month) {
        return zeroPadded(year, 4) + "-" + zeroPadded(month, 2);
    }

    /** {@code value} written in at least {@code width} characters, zero-padded after any sign: what {@code %0<width>d} writes. */
    static String zeroPadded(long value, int width) {
        String digits = Long.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        return sign + "0".repeat(Math.max(0, width - sign.length() - digits.length())) + digits;
    }
}
