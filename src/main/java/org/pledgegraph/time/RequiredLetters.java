package org.pledgegraph.time;

/**
 * The letters every match of a regex contains: those written at its top level (outside any group,
 * class or escape) and not made optional by a quantifier. A text that lacks one of them cannot
 * match, so the regex need not scan it. A regex with a top-level alternation or inline flags
 * requires nothing (the empty string): the test then never skips it. Public: other stages' data rules
 * (instrument/numbered.tsv) use the same test.
 */
public final class RequiredLetters {
    private RequiredLetters() {
    }

    /** The letters every match of {@code regex} contains (empty if the regex requires none this test can see). */
    public static String of(String regex) {
        StringBuilder required = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> i = skipEscape(regex, i);
                case '[' -> i = skipClass(regex, i);
                case '{' -> i = skipTo(regex, i, '}');
                case '(' -> {
                    if (regex.startsWith("(?", i) && i + 2 < regex.length() && ":=!<".indexOf(regex.charAt(i + 2)) < 0) {
                        return "";
                    }
                    depth++;
                }
                case ')' -> depth--;
                case '|' -> {
                    if (depth == 0) {
                        return "";
                    }
                }
                default -> {
                    if (depth == 0 && Character.isLetter(c) && !quantified(regex, i + 1)) {
                        required.append(c);
                    }
                }
            }
        }
        return required.toString();
    }

    /** True if {@code text} contains every one of the letters. */
    public static boolean allIn(String letters, String text) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean quantified(String regex, int next) {
        return next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0;
    }

    /** The index of the escape's last character (\\p{IsHan}, \\pL, \\x41, \\u4E00, \\cM, \\k<name>, \\Q…\\E). */
    private static int skipEscape(String regex, int at) {
        int next = at + 1;
        if (next >= regex.length()) {
            return next;
        }
        char e = regex.charAt(next);
        boolean brace = next + 1 < regex.length() && regex.charAt(next + 1) == '{';
        return switch (e) {
            case 'p', 'P', 'N', 'x' -> brace ? skipTo(regex, next + 1, '}') : next + (e == 'x' ? 2 : e == 'N' ? 0 : 1);
            case 'u' -> next + 4;
            case 'c' -> next + 1;
            case 'k' -> skipTo(regex, next, '>');
            case 'Q' -> {
                int end = regex.indexOf("\\E", next);
                yield end < 0 ? regex.length() : end + 1;
            }
            default -> next;
        };
    }

    private static int skipClass(String regex, int at) {
        int depth = 0;
        for (int i = at; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    private static int skipTo(String regex, int at, char close) {
        int end = regex.indexOf(close, at);
        return end < 0 ? regex.length() : end;
    }
}
