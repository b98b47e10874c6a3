package org.pledgegraph.instrument;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names to look for in running text, as a trie over chars: one walk per text position finds every
 * name that starts there. Grows only; safe to read while another thread adds a name (a reader sees
 * the name or not, as if it had been added just after or before).
 */
final class NameTrie {
    private final Node root = new Node();

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
        Node n = root;
        for (int i = 0; i < name.length(); i++) {
            n = n.children.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        n.terminal = true;
    }

    /** Adds to {@code hits} every occurrence of every name in text (overlapping ones too). */
    void findAll(String text, List<Hit> hits) {
        for (int b = 0; b < text.length(); b++) {
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

    private static final class Node {
        private final Map<Character, Node> children = new ConcurrentHashMap<>(4);
        private volatile boolean terminal;
    }
}
