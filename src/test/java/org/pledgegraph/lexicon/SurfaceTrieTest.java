package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The surfaces a walk from the start of a text meets, shortest first ("-" for none). */
class SurfaceTrieTest {
    private static final SurfaceTrie TRIE = new SurfaceTrie(List.of(
            "几内亚", "几内亚比绍", "赤道几内亚", "尼日尔", "尼日利亚", "南非", "南方", "南方国家", "双方", "", "中国"));

    private static String walk(String text) {
        List<String> met = new ArrayList<>();
        SurfaceTrie.Node node = TRIE.start(text.charAt(0));
        for (int end = 1; node != null; end++) {
            if (node.surface() != null) {
                met.add(node.surface() + "@" + end);
            }
            node = end < text.length() ? node.next(text.charAt(end)) : null;
        }
        return met.isEmpty() ? "-" : String.join(" ", met);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        几内亚比绍共和国       | 几内亚@3 几内亚比绍@5
        几内亚比绍             | 几内亚@3 几内亚比绍@5
        几内亚比               | 几内亚@3
        几内亚                 | 几内亚@3
        几内                   | -
        尼日利亚联邦共和国     | 尼日利亚@4
        尼日尔共和国           | 尼日尔@3
        尼日                   | -
        南方国家和南非         | 南方@2 南方国家@4
        南非                   | 南非@2
        赤道几内亚             | 赤道几内亚@5
        双方同意               | 双方@2
        美国                   | -
        """)
    void walkMeetsEverySurfaceStartingThere(String text, String expected) {
        assertEquals(expected, walk(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"国", "内", "方", "中华"})
    void aCharacterThatStartsNoSurfaceLeadsNowhere(String text) {
        if (text.length() == 1) {
            assertNull(TRIE.start(text.charAt(0)));
        } else {
            assertNull(TRIE.start(text.charAt(0)).next(text.charAt(1)));
        }
    }
}
