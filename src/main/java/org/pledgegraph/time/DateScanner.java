package org.pledgegraph.time;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.time.DatePart.Unit;

/**
 * Cuts a text into chains of written dates: pieces (2019年6月5日) joined by range or list
 * connectors (至, —, 、 …); spaces inside a date (2016 年 11 月) are skipped. A chain ends at any
 * other character. A number after 第 (an ordinal) or a year that is not a date (70年, 1990年代,
 * 长达2000年) ends the chain and is not part of it.
 */
final class DateScanner {
    /** Words before a number of years that make it a span of time (长达2000年), not a year. */
    private static final String[] SPAN_BEFORE = {"长达", "近", "约", "逾", "超过", "多达", "历经", "达"};
    private static final String[] CONNECTORS = {"——", "—", "–", "－", "-", "~", "～", "〜", "至", "到", "、", "和", "及", "与", "或"};

    private final String text;
    private final List<List<List<DatePart>>> chains = new ArrayList<>();
    private List<List<DatePart>> chain = new ArrayList<>();
    private List<DatePart> piece = new ArrayList<>();
    private int cursor = -1;
    private boolean afterConnector;

    private DateScanner(String text) {
        this.text = text;
    }

    /** The chains of the text, each a list of pieces, each a list of parts, in order. */
    static List<List<List<DatePart>>> chains(String text) {
        DateScanner s = new DateScanner(text);
        s.scan();
        return s.chains;
    }

    private void scan() {
        int i = 0;
        while (i < text.length()) {
            if (Numerals.isNumeral(text.charAt(i))) {
                i = readPart(i);
                continue;
            }
            if (i == cursor && isSpace(text.charAt(i))) {
                cursor = ++i;
                continue;
            }
            String connector = i == cursor && !afterConnector ? connectorAt(i) : null;
            if (connector != null) {
                afterConnector = true;
                i += connector.length();
                cursor = i;
                continue;
            }
            flush();
            i++;
        }
        flush();
    }

    private int readPart(int start) {
        int end = start;
        boolean arabic = Numerals.arabicDigit(text.charAt(start)) >= 0;
        while (end < text.length() && (arabic ? Numerals.arabicDigit(text.charAt(end)) >= 0
                : Numerals.isChineseNumeral(text.charAt(end)))) {
            end++;
        }
        int unitAt = end;
        while (unitAt < text.length() && isSpace(text.charAt(unitAt))) {
            unitAt++;
        }
        Unit unit = unitAt(unitAt);
        DatePart part = new DatePart(Numerals.value(text.substring(start, end)), unit, end - start, start,
                unit == Unit.BARE ? end : unitAt + 1);
        if (blocked(part)) {
            flush();
            return part.end();
        }
        add(part);
        return part.end();
    }

    private Unit unitAt(int at) {
        char c = at < text.length() ? text.charAt(at) : ' ';
        if (c == '年') {
            return Unit.YEAR;
        }
        if (c == '月') {
            return Unit.MONTH;
        }
        return c == '日' || c == '号' ? Unit.DAY : Unit.BARE;
    }

    private boolean blocked(DatePart part) {
        boolean ordinal = part.start() > 0 && text.charAt(part.start() - 1) == '第';
        boolean decade = part.unit() == Unit.YEAR && part.end() < text.length() && text.charAt(part.end()) == '代';
        return ordinal || decade || span(part) || part.value() < 0 || !part.valid();
    }

    private boolean span(DatePart part) {
        for (String word : SPAN_BEFORE) {
            if (part.unit() == Unit.YEAR && text.startsWith(word, part.start() - word.length())) {
                return true;
            }
        }
        return false;
    }

    private void add(DatePart part) {
        if (part.start() == cursor && afterConnector) {
            closePiece();
        } else if (part.start() != cursor || !glues(part)) {
            flush();
        }
        piece.add(part);
        cursor = part.end();
        afterConnector = false;
    }

    private boolean glues(DatePart part) {
        if (piece.isEmpty()) {
            return false;
        }
        Unit last = piece.get(piece.size() - 1).unit();
        return last != Unit.BARE && part.unit().ordinal() > last.ordinal();
    }

    private void closePiece() {
        if (!piece.isEmpty()) {
            chain.add(piece);
            piece = new ArrayList<>();
        }
    }

    private void flush() {
        closePiece();
        if (!chain.isEmpty()) {
            chains.add(chain);
            chain = new ArrayList<>();
        }
        cursor = -1;
        afterConnector = false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    private String connectorAt(int at) {
        for (String c : CONNECTORS) {
            if (text.startsWith(c, at)) {
                return c;
            }
        }
        return null;
    }
}
