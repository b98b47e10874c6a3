package org.pledgegraph.read;

/** A half-open range [begin, end) of character offsets into the decoded source text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }
}
