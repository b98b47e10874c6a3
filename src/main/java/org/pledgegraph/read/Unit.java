package org.pledgegraph.read;

import java.util.Objects;

/**
 * One unit of a document: a sentence or list item cut at 。！？；： and before list markers
 * (GUIDELINES section 2). Headings and titles are not units.
 *
 * @param index   position of the unit in its document, from 0
 * @param text    the verbatim text with all whitespace (line breaks, indentation) removed
 * @param plain   {@code text} normalised for analysis (simplified characters, full-width
 *                punctuation); always the same length as {@code text}, char for char
 * @param span    where the unit lies in the source text (whitespace inside it included)
 * @param section the section the unit stands under
 * @param marker  the list marker that opens the unit ("——", "（一）", "1." …) or "" if none
 */
public record Unit(int index, String text, String plain, Span span, Section section, String marker) {
    public Unit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(marker, "marker");
        if (text.length() != plain.length()) {
            throw new IllegalArgumentException("plain text must align with text: " + text);
        }
    }

    /**
     * {@code word}, found in {@link #plain} at {@code at}, as it is written in {@link #text}
     * (traditional characters kept); {@code word} itself if it is not there.
     */
    public String written(String word, int at) {
        boolean found = at >= 0 && at + word.length() <= plain.length() && plain.startsWith(word, at);
        return found ? text.substring(at, at + word.length()) : word;
    }

    /** True if the unit ends in a colon and so introduces what follows (a lead-in). */
    public boolean isLeadIn() {
        return plain.endsWith("：") || plain.endsWith(":");
    }
}
