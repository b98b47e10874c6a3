package org.pledgegraph.tokenize;

import java.util.Objects;

/**
 * One word of a text with its part-of-speech tag (HanLP's tag set: v, vn, n, d, p …).
 *
 * @param text  the word as written
 * @param tag   its part-of-speech tag
 * @param begin offset of its first character in the tokenised string
 * @param end   offset just after its last character
 */
public record Token(String text, String tag, int begin, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        if (begin < 0 || end - begin != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("bad token '" + text + "' at [" + begin + ", " + end + ")");
        }
    }

    /** True if the tag marks a verb of any sort (v, vn, vi, vd, vshi …). */
    public boolean isVerb() {
        return tag.startsWith("v");
    }

    /** True if this is punctuation. */
    public boolean isPunct() {
        return tag.equals("w");
    }
}
