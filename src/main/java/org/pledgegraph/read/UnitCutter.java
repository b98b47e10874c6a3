package org.pledgegraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the lines of one document into units (GUIDELINES section 2): after 。！？；： outside
 * brackets and quotes, before a list marker that starts a line, at a heading, after a dateline,
 * and at every line that starts a paragraph.
 */
final class UnitCutter {
    private final String text;
    private final LayoutRules rules;
    private final List<Unit> units = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private Brackets brackets;
    private Section section = Section.NONE;
    private int begin = -1;
    private int end = -1;
    private boolean pendingCut;

    UnitCutter(String text, LayoutRules rules) {
        this.text = text;
        this.rules = rules;
    }

    /** The units of the document made of {@code lines} (body lines and headings, in order). */
    List<Unit> cut(List<Line> lines) {
        brackets = Brackets.find(text, lines);
        for (Line line : lines) {
            if (line.kind() == Line.Kind.HEADING) {
                flush();
                section = new Section(section.ordinal() + 1, line.compact());
            } else if (line.kind() == Line.Kind.BODY) {
                body(line);
            }
        }
        flush();
        return List.copyOf(units);
    }

    private void body(Line line) {
        if (line.boundary() || startsList(line)) {
            flush();
        }
        int datelineEnd = line.boundary() ? datelineEnd(line) : -1;
        for (int i = line.begin(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (Chars.isWhitespace(c)) {
                continue;
            }
            boolean inside = brackets.inside(i);
            if (pendingCut && !Chars.isCloser(c) && !Chars.isTerminal(c)) {
                flush();
            }
            append(c, i);
            if (i + 1 == datelineEnd) {
                flush();
            } else if (endsUnitAt(c, i, inside)) {
                pendingCut = true;
            }
        }
    }

    private boolean endsUnitAt(char c, int i, boolean inside) {
        if (Chars.isTerminal(c)) {
            return !inside && !(c == ':' && betweenDigits(i));
        }
        return Chars.isCloser(c) && brackets.closesAt(i) && current.length() >= 2
                && Chars.isSentenceEnd(current.charAt(current.length() - 2));
    }

    private boolean betweenDigits(int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** A list marker at the start of a line, after punctuation (not inside a wrapped word). */
    private boolean startsList(Line line) {
        if (current.length() == 0 || brackets.inside(line.begin()) || marker(line.compact()).isEmpty()) {
            return false;
        }
        return !Chars.isWordChar(current.charAt(current.length() - 1));
    }

    private int datelineEnd(Line line) {
        for (Pattern p : rules.datelines()) {
            Matcher m = p.matcher(line.compact());
            if (m.lookingAt()) {
                return offsetOf(line, m.end());
            }
        }
        return -1;
    }

    /** The source offset after the {@code n}-th non-whitespace character of the line. */
    private int offsetOf(Line line, int n) {
        int seen = 0;
        for (int i = line.begin(); i < line.end(); i++) {
            if (!Chars.isWhitespace(text.charAt(i)) && ++seen == n) {
                return i + 1;
            }
        }
        return line.end();
    }

    private String marker(String unitText) {
        for (Pattern p : rules.listMarkers()) {
            Matcher m = p.matcher(unitText);
            if (m.lookingAt()) {
                return m.group();
            }
        }
        return "";
    }

    private void append(char c, int at) {
        if (current.length() == 0) {
            begin = at;
        }
        current.append(c);
        end = at + 1;
    }

    private void flush() {
        pendingCut = false;
        if (current.length() == 0) {
            return;
        }
        String unitText = current.toString();
        units.add(new Unit(units.size(), unitText, Normalizer.plain(unitText), new Span(begin, end), section,
                marker(unitText)));
        current.setLength(0);
    }
}
