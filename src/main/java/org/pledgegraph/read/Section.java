package org.pledgegraph.read;

import java.util.Objects;

/**
 * A section of a document: the text under one heading.
 *
 * @param ordinal position of the section in the document, from 0 (0 is the part before any heading)
 * @param heading the heading as written (一, 政治合作, 二、经济合作 …), or "" for none
 */
public record Section(int ordinal, String heading) {
    public static final Section NONE = new Section(0, "");

    public Section {
        Objects.requireNonNull(heading, "heading");
    }
}
