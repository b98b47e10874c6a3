package org.pledgegraph.read;

/**
 * One line of the source text as the reader sees it.
 *
 * @param begin    offset of its first non-whitespace character in the source text
 * @param end      offset after its last non-whitespace character
 * @param compact  its text with all whitespace removed
 * @param kind     what the line is
 * @param boundary true if the line starts a paragraph (the text before it ended a sentence, or
 *                 it follows a heading, title or dropped line, or lines are paragraphs)
 */
record Line(int begin, int end, String compact, Kind kind, boolean boundary) {
    /** What a line is; DROPPED lines (page markers, web page furniture, foreign text) are skipped. */
    enum Kind { BODY, HEADING, TITLE, DROPPED }

    Line withKind(Kind newKind) {
        return new Line(begin, end, compact, newKind, boundary);
    }
}
