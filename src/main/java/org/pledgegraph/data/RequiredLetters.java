package org.pledgegraph.data;

/**
 * The letters every match of a regex contains: those written outside any class or escape and not
 * made optional by a quantifier; of a group or an alternation, the letters every alternative
 * requires (年 of (?:年底|年末), 月 of 本月内?|月内). A text that lacks one of them cannot match,
 * so the regex need not scan it. Lookarounds add nothing; a regex with inline flags requires
 * nothing (the empty string): the test then never skips it. The stages whose data rules are
 * regexes (relative times, numbered documents, instrument events) skip texts with it, and
 * {@link #allIn} serves any "holds every one of these letters" test (title endings).
 */
public final class RequiredLetters {
    private final String regex;
    private int at;
    private boolean unknown;

    private RequiredLetters(String regex) {
        this.regex = regex;
    }

    /** The letters every match of {@code regex} contains (empty if the regex requires none this test can see). */
    public static String of(String regex) {
        RequiredLetters reader = new RequiredLetters(regex);
        String letters = reader.alternation();
        return reader.unknown || reader.at < regex.length() ? "" : letters;
    }

    /** Alternatives up to a closing parenthesis or the end: the letters all of them require, in order. */
    private String alternation() {
        String common = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            common = common(common, sequence());
        }
        return common;
    }

    private static String common(String a, String b) {
        StringBuilder both = new StringBuilder();
        for (int i = 0; i < a.length(); i++) {
            if (b.indexOf(a.charAt(i)) >= 0) {
                both.append(a.charAt(i));
            }
        }
        return both.toString();
    }

    /** Items up to | or ) or the end: the letters of those not made optional by a quantifier. */
    private String sequence() {
        StringBuilder required = new StringBuilder();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')' && !unknown) {
            String item = item();
            if (!quantified()) {
                required.append(item);
            }
        }
        return required.toString();
    }

    private String item() {
        char c = regex.charAt(at);
        switch (c) {
            case '\\' -> at = skipEscape(regex, at) + 1;
            case '[' -> at = skipClass(regex, at) + 1;
            case '{' -> at = skipTo(regex, at, '}') + 1;
            case '(' -> {
                return group();
            }
            default -> {
                at++;
                return Character.isLetter(c) ? String.valueOf(c) : "";
            }
        }
        return "";
    }

    /** A group at {@code at}: what its alternatives require, nothing for a lookaround, unknown for flags. */
    private String group() {
        at++;
        boolean counts = true;
        if (regex.startsWith("?", at)) {
            String kind = regex.substring(at, Math.min(regex.length(), at + 3));
            if (kind.startsWith("?:") || kind.startsWith("?>")) {
                at += 2;
            } else if (kind.equals("?<=") || kind.equals("?<!")) {
                counts = false;
                at += 3;
            } else if (kind.startsWith("?=") || kind.startsWith("?!")) {
                counts = false;
                at += 2;
            } else if (kind.startsWith("?<")) {
                at = skipTo(regex, at, '>') + 1;
            } else {
                unknown = true;
                return "";
            }
        }
        String inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            unknown = true;
            return "";
        }
        at++;
        return counts ? inner : "";
    }

    /** Reads the quantifier after an item, if any (with its lazy or possessive mark); true if there was one. */
    private boolean quantified() {
        if (at >= regex.length() || "?*+{".indexOf(regex.charAt(at)) < 0) {
            return false;
        }
        at = regex.charAt(at) == '{' ? skipTo(regex, at, '}') + 1 : at + 1;
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return true;
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
