package org.pledgegraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a source text into lines and says what each line is: body text, a section heading, a
 * document title or a page marker. Headings and titles are recognised only where a paragraph
 * may start, so a short wrapped fragment in the middle of a sentence stays body text.
 */
final class LineClassifier {
    /** Lines that end a unit, in this share or more of the long lines, make a file of paragraphs. */
    private static final double PARAGRAPH_SHARE = 0.7;
    private static final int LONG_LINE = 8;
    private static final int MAX_TITLE = 80;
    private static final int MIN_TITLE = 6;
    private static final int MAX_TOPIC_HEADING = 12;

    private final LayoutRules rules;

    LineClassifier(LayoutRules rules) {
        this.rules = rules;
    }

    /** The non-blank lines of {@code text}, classified. */
    List<Line> classify(String text) {
        List<int[]> raw = split(text);
        List<String> compacts = new ArrayList<>(raw.size());
        for (int[] r : raw) {
            compacts.add(Chars.compact(text, r[0], r[1]));
        }
        boolean paragraphs = linesAreParagraphs(compacts);
        List<Line> lines = new ArrayList<>(raw.size());
        boolean boundary = true;
        for (int i = 0; i < raw.size(); i++) {
            String compact = compacts.get(i);
            boolean starts = boundary || paragraphs;
            Line.Kind kind = kind(compact, starts);
            if (kind == Line.Kind.BODY && isTitleTail(lines, compact)) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last).withKind(Line.Kind.TITLE));
                kind = Line.Kind.TITLE;
            }
            lines.add(new Line(raw.get(i)[0], raw.get(i)[1], compact, kind, starts));
            boundary = kind != Line.Kind.BODY || Chars.endsUnit(compact) || isDateline(compact);
        }
        return lines;
    }

    /** True if line breaks end paragraphs (web text) rather than wrap them (newspaper text). */
    boolean linesAreParagraphs(List<String> compacts) {
        int longLines = 0;
        int ending = 0;
        for (String c : compacts) {
            if (c.length() >= LONG_LINE && !isPageMarker(c)) {
                longLines++;
                ending += Chars.endsUnit(c) ? 1 : 0;
            }
        }
        return longLines == 0 || ending >= PARAGRAPH_SHARE * longLines;
    }

    private Line.Kind kind(String compact, boolean boundary) {
        if (isPageMarker(compact)) {
            return Line.Kind.PAGE_MARKER;
        }
        if (!boundary) {
            return Line.Kind.BODY;
        }
        if (isTitle(compact)) {
            return Line.Kind.TITLE;
        }
        return isHeading(compact) ? Line.Kind.HEADING : Line.Kind.BODY;
    }

    /** A title wrapped over two lines: the line before, without punctuation, is its head. */
    private boolean isTitleTail(List<Line> lines, String compact) {
        if (lines.isEmpty()) {
            return false;
        }
        Line before = lines.get(lines.size() - 1);
        return before.kind() == Line.Kind.BODY && before.boundary() && !Chars.containsPunctuation(before.compact())
                && !isDateline(before.compact()) && isTitle(before.compact() + compact);
    }

    boolean isPageMarker(String compact) {
        return matchesAny(rules.pageMarkers(), compact);
    }

    boolean isDateline(String compact) {
        return rules.datelines().stream().anyMatch(p -> p.matcher(compact).lookingAt());
    }

    boolean isTitle(String compact) {
        String t = Titles.clean(compact, rules);
        if (t.length() < MIN_TITLE || t.length() > MAX_TITLE || Chars.containsPunctuation(t) || isDateline(t)) {
            return false;
        }
        return rules.titleEndings().stream().anyMatch(t::endsWith);
    }

    boolean isHeading(String compact) {
        if (rules.headings().contains(compact) || matchesAny(rules.headingPatterns(), compact)) {
            return true;
        }
        if (compact.length() > MAX_TOPIC_HEADING || !compact.codePoints().allMatch(TextChecks::isHan)) {
            return false;
        }
        return rules.headingSuffixes().stream().anyMatch(compact::endsWith);
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /** [begin, end) of the non-whitespace content of each non-blank line. */
    private static List<int[]> split(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int stop = start;
            while (stop < n && text.charAt(stop) != '\n' && text.charAt(stop) != '\r') {
                stop++;
            }
            int b = start;
            int e = stop;
            while (b < e && Chars.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Chars.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                lines.add(new int[] {b, e});
            }
            start = stop + 1;
        }
        return lines;
    }
}
