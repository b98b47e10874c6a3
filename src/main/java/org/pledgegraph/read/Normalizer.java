package org.pledgegraph.read;

import com.hankcs.hanlp.HanLP;

/**
 * Makes the {@code plain} form of a unit's text, char for char: traditional characters become
 * simplified (HanLP), half-width , ; : ? ! ( ) become full-width (a comma or colon between
 * digits is kept: 1,000 and 10:30), and full-width digits and Latin letters become ASCII.
 */
final class Normalizer {
    private static final String HALF = ",;:?!()";
    private static final String FULL = "，；：？！（）";

    private Normalizer() {
    }

    static String plain(String text) {
        String simplified = simplified(text);
        StringBuilder sb = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            sb.append(width(simplified, i));
        }
        return sb.toString();
    }

    private static char width(String s, int i) {
        char c = s.charAt(i);
        int h = HALF.indexOf(c);
        if (h >= 0) {
            boolean numeric = (c == ',' || c == ':') && i > 0 && i + 1 < s.length()
                    && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
            return numeric ? c : FULL.charAt(h);
        }
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - '０' + '0');
        }
        return c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Simplified characters; if HanLP's phrase conversion changes the length, char by char. */
    private static String simplified(String text) {
        if (isAscii(text)) {
            return text;
        }
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = String.valueOf(text.charAt(i));
            String converted = HanLP.convertToSimplifiedChinese(one);
            sb.append(converted.length() == 1 ? converted : one);
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
