package org.pledgegraph.instrument;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The names to look for in running text, as a trie over chars: one walk per text position finds every
 * name that starts there. Grows only; safe to read while another thread adds a name (a reader sees
 * the name or not, as if it had been added just after or before).
 */
final class NameTrie {
    private final Node root = new Node();
    /**
     * One bit per char that starts a name: most text positions start none, and this test skips them
     * without a (boxing) map lookup. A bit is set before the name's nodes are added, so a reader that
     * sees a clear bit reads the trie as it was before that name was added.
     */
    private final AtomicLongArray firstChars = new AtomicLongArray((Character.MAX_VALUE + 1) / Long.SIZE);

    /** Occurrence of a name in a text: [begin, end). */
    record Hit(int begin, int end) {
        int length() {
            return end - begin;
        }
    }

    void add(String name) {
        if (name.isEmpty()) {
            return;
        }
        char first = name.charAt(0);
        firstChars.getAndAccumulate(first / Long.SIZE, 1L << (first % Long.SIZE), (bits, bit) -> bits | bit);
        Node n = root;
        for (int i = 0; i < name.length(); i++) {
            n = n.children.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        n.terminal = true;
    }

    /** Adds to {@code hits} every occurrence of every name in text (overlapping ones too). */
    void findAll(String text, List<Hit> hits) {
        for (int b = 0; b < text.length(); b++) {
            if (!startsName(text.charAt(b))) {
                continue;
            }
            Node n = root;
            for (int i = b; i < text.length(); i++) {
                n = n.children.get(text.charAt(i));
                if (n == null) {
                    break;
                }
                if (n.terminal) {
                    hits.add(new Hit(b, i + 1));
                }
            }
        }
    }

    private boolean startsName(char c) {
        return (firstChars.get(c / Long.SIZE) & 1L << (c % Long.SIZE)) != 0;
    }

    private static final class Node {
        private final Map<Character, Node> children = new ConcurrentHashMap<>(4);
        private volatile boolean terminal;
    }
}
