package org.pledgegraph.lexicon;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog's surfaces (names, stems, collectives and blocked words) as a character trie: a
 * walk from an offset of a text, one character at a time, meets every surface that starts
 * there, shortest first, and stops at the first character that no surface goes on with. No
 * substring is made for a character that leads nowhere.
 */
final class SurfaceTrie {
    /** A place in the trie: the characters walked so far, which are a prefix of some surface. */
    static final class Node {
        /** The surface these characters spell, or null if they are only the start of longer ones. */
        private final String surface;
        /** The characters that may come next, sorted, and the node each leads to. */
        private final char[] next;
        private final Node[] children;

        private Node(String surface, char[] next, Node[] children) {
            this.surface = surface;
            this.next = next;
            this.children = children;
        }

        /** The node after one more character {@code c}, or null if no surface goes on with it. */
        Node next(char c) {
            int i = Arrays.binarySearch(next, c);
            return i < 0 ? null : children[i];
        }

        /** The surface the characters walked so far spell, or null if they only begin longer ones. */
        String surface() {
            return surface;
        }
    }

    /** A node while the trie is built: children by character, in order. */
    private static final class Builder {
        private String surface;
        private final Map<Character, Builder> children = new TreeMap<>();

        Node build() {
            char[] next = new char[children.size()];
            Node[] built = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : children.entrySet()) {
                next[i] = e.getKey();
                built[i] = e.getValue().build();
                i++;
            }
            return new Node(surface, next, built);
        }
    }

    private final Node root;
    /** The first characters of the surfaces, a bit each: most places in a text start none. */
    private final BitSet firstChars = new BitSet();

    SurfaceTrie(Collection<String> surfaces) {
        Builder root = new Builder();
        for (String surface : surfaces) {
            if (surface.isEmpty()) {
                continue;
            }
            Builder node = root;
            for (int i = 0; i < surface.length(); i++) {
                node = node.children.computeIfAbsent(surface.charAt(i), c -> new Builder());
            }
            node.surface = surface;
            firstChars.set(surface.charAt(0));
        }
        this.root = root.build();
    }

    /** The node after the first character {@code c} of a surface, or null if no surface starts with it. */
    Node start(char c) {
        return firstChars.get(c) ? root.next(c) : null;
    }
}
