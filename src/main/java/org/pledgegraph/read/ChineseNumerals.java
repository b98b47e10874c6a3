package org.pledgegraph.read;

/** Small numbers written in Arabic or Chinese digits, as in dates: 2019, 二〇一九, 十二, 二十五. */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /**
     * The value of {@code s}.
     *
     * @throws IllegalArgumentException if it is not such a number
     */
    static int value(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("not a number: ''");
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digitByDigit(s);
        }
        int tens = ten == 0 ? 1 : digitByDigit(s.substring(0, ten));
        int units = ten == s.length() - 1 ? 0 : digitByDigit(s.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digitByDigit(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i) == '零' ? '〇' : s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d < 0) {
                throw new IllegalArgumentException("not a number: " + s);
            }
            v = v * 10 + d;
        }
        return v;
    }
}
