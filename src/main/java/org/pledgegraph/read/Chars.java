package org.pledgegraph.read;

/** Character classes used to cut text into units. */
final class Chars {
    private static final String TERMINAL = "。！？；：!?;:";
    private static final String SENTENCE_END = "。！？!?";
    private static final String CLOSERS = "”’）」』》】〉)]";
    private static final String PUNCTUATION = "，。；：！？、,;:!?";

    private Chars() {
    }

    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** A character that ends a unit (。！？；：), half-width forms included. */
    static boolean isTerminal(char c) {
        return TERMINAL.indexOf(c) >= 0;
    }

    static boolean isSentenceEnd(char c) {
        return SENTENCE_END.indexOf(c) >= 0;
    }

    static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    /** Clause or sentence punctuation (，、。；：！？ in either width). */
    static boolean isPunctuation(char c) {
        return PUNCTUATION.indexOf(c) >= 0;
    }

    static boolean containsPunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isPunctuation(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s} ends a unit: a terminal mark, possibly followed by closing quotes or brackets. */
    static boolean endsUnit(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isCloser(s.charAt(i))) {
            i--;
        }
        return i >= 0 && isTerminal(s.charAt(i));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The text with all whitespace removed. */
    static String compact(CharSequence text, int begin, int end) {
        StringBuilder sb = new StringBuilder(end - begin);
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (!isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
