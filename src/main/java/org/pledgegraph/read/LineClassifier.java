package org.pledgegraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a source text into lines and says what each line is: body text, a section heading, a
 * document title or a page marker. Headings and titles are recognised only where a paragraph
 * may start, so a short wrapped fragment in the middle of a sentence stays body text.
 */
final class LineClassifier {
    /** The column width of wrapped text: this percentile of the line lengths. */
    private static final double WIDTH_PERCENTILE = 0.9;
    /** A line this share of the column width or longer, not ending a unit, is wrapped. */
    private static final double WRAP_SHARE_OF_WIDTH = 0.75;
    /** Fewer wrapped lines than this share of the long lines make a file of paragraphs. */
    private static final double MAX_WRAPPED_SHARE = 0.3;
    /** Fewer wrapped lines than this make a file of paragraphs whatever their share. */
    private static final int MIN_WRAPPED_LINES = 3;
    /** In wrapped text, a line shorter than this share of the width that ends no unit ends a paragraph. */
    private static final double SHORT_SHARE_OF_WIDTH = 0.6;
    private static final int LONG_LINE = 8;

    private final LineRules kinds;

    LineClassifier(LineRules kinds) {
        this.kinds = kinds;
    }

    /** The non-blank lines of {@code text}, classified. */
    List<Line> classify(String text) {
        List<int[]> raw = split(text);
        List<String> compacts = new ArrayList<>(raw.size());
        for (int[] r : raw) {
            compacts.add(Chars.compact(text, r[0], r[1]));
        }
        boolean[] dropped = new boolean[compacts.size()];
        Map<String, Boolean> titles = new HashMap<>();
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = kinds.isDropped(compacts.get(i));
        }
        Layout layout = layout(compacts, dropped, titles);
        List<Line> lines = new ArrayList<>(raw.size());
        boolean boundary = true;
        boolean afterLeadIn = false;
        for (int i = 0; i < raw.size(); i++) {
            String compact = compacts.get(i);
            boolean starts = boundary || layout.paragraphs();
            Line.Kind kind = kind(compact, dropped[i], starts, afterLeadIn, layout, titles);
            if (kind != Line.Kind.DROPPED && isTitleTail(lines, compact, kind == Line.Kind.TITLE)) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last).withKind(Line.Kind.TITLE));
                kind = Line.Kind.TITLE;
            }
            lines.add(new Line(raw.get(i)[0], raw.get(i)[1], compact, kind, starts));
            afterLeadIn = kind == Line.Kind.BODY ? compact.endsWith("：") || compact.endsWith(":") : afterLeadIn;
            if (dropped[i] && kinds.isPageNumber(compact)) {
                continue; // a page number between two halves of a sentence does not end it
            }
            boundary = kind != Line.Kind.BODY || Chars.endsUnit(compact) || kinds.isDateline(compact)
                    || kinds.isDateOnly(compact)
                    || compact.length() < SHORT_SHARE_OF_WIDTH * layout.width()
                    || isSpacedOut(text, raw.get(i)[0], raw.get(i)[1], compact);
        }
        return lines;
    }

    /** A line of names set apart by wide gaps (a signature block), not wrapped prose. */
    private static boolean isSpacedOut(String text, int begin, int end, String compact) {
        if (Chars.containsPunctuation(compact)) {
            return false;
        }
        for (int i = begin + 1; i < end - 1; i++) {
            if (text.charAt(i) == '\u3000' || (text.charAt(i) == ' ' && text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line breaks end paragraphs (web text) or wrap them (newspaper text), and the column
     * width. A wrapped line does not end a unit and is about as long as the longest lines (the
     * width); web text has few such lines, its unpunctuated lines being short items or headings.
     */
    private record Layout(boolean paragraphs, int width) {
    }

    private Layout layout(List<String> compacts, boolean[] dropped, Map<String, Boolean> titles) {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < compacts.size(); i++) {
            String c = compacts.get(i);
            if (c.length() >= LONG_LINE && !dropped[i] && !isTitle(c, titles) && !kinds.isDateline(c)) {
                body.add(c);
            }
        }
        if (body.isEmpty()) {
            return new Layout(true, 0);
        }
        int[] lengths = body.stream().mapToInt(String::length).sorted().toArray();
        int width = lengths[(int) (WIDTH_PERCENTILE * (lengths.length - 1))];
        long wrapped = body.stream().filter(c -> !Chars.endsUnit(c) && c.length() >= WRAP_SHARE_OF_WIDTH * width)
                .count();
        return new Layout(wrapped < MIN_WRAPPED_LINES || wrapped < MAX_WRAPPED_SHARE * body.size(), width);
    }

    /** What a line is; after a lead-in (……：) a line naming a document is a list item, not a title. */
    private Line.Kind kind(String compact, boolean dropped, boolean boundary, boolean afterLeadIn, Layout layout,
                           Map<String, Boolean> titles) {
        if (dropped) {
            return Line.Kind.DROPPED;
        }
        if (!boundary) {
            return Line.Kind.BODY;
        }
        if (!afterLeadIn && isTitle(compact, titles)) {
            return Line.Kind.TITLE;
        }
        boolean notWrapped = layout.paragraphs() || compact.length() < WRAP_SHARE_OF_WIDTH * layout.width();
        boolean heading = kinds.isHeading(compact) || (notWrapped && kinds.isNumberedHeading(compact));
        return heading ? Line.Kind.HEADING : Line.Kind.BODY;
    }

    /** {@link LineRules#isTitle}, once per line of the text ({@code titles} remembers it). */
    private boolean isTitle(String compact, Map<String, Boolean> titles) {
        return titles.computeIfAbsent(compact, kinds::isTitle);
    }

    /**
     * A title wrapped over two lines: the line before, at a paragraph start and without
     * punctuation, is its head if the two make a title and either the tail alone does not or the
     * head holds 关于 (中华人民共和国和俄罗斯联邦关于发展新时代 / 全面战略协作伙伴关系的联合声明).
     */
    private boolean isTitleTail(List<Line> lines, String compact, boolean titleAlone) {
        if (lines.isEmpty()) {
            return false;
        }
        Line before = lines.get(lines.size() - 1);
        String head = before.compact();
        return before.kind() == Line.Kind.BODY && before.boundary() && !Chars.containsPunctuation(head)
                && !kinds.isDateline(head) && !kinds.isDateOnly(head) && (!titleAlone || head.contains("关于")) && kinds.isTitle(head + compact);
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
