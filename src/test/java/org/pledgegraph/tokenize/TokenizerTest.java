package org.pledgegraph.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer(Map.of("高度评价", "v", "统筹协调", "v"), Set.of("中法双方"));

    @ParameterizedTest
    @ValueSource(strings = {"中法双方高度评价两国关系发展。", "巴方重申坚定奉行一个中国政策。",
            "（一）统筹协调、整体推进两国执法安全合作；", "双方将继续推动 东盟 合作。"})
    void textAtEachOffsetIsTheToken(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        int at = 0;
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.begin(), t.end()));
            assertTrue(t.begin() >= at, "tokens in order");
            at = t.end();
        }
        assertEquals(text.strip(), tokens.stream().map(Token::text).collect(Collectors.joining()).strip()
                .replace("东盟合作", "东盟 合作"), "no text lost");
    }

    @Test
    void customWordsStayWholeWithTheirTag() {
        List<Token> tokens = tokenizer.tokenize("中法双方高度评价两国关系发展。");
        assertEquals("中法双方", tokens.get(0).text());
        assertEquals("高度评价", tokens.get(1).text());
        assertEquals("v", tokens.get(1).tag());
        assertTrue(tokens.get(1).isVerb());
        assertTrue(tokens.get(tokens.size() - 1).isPunct());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        // text, span begin, end, words after
        "肯方将继续支持埃方, 0, 2, 肯方 将 继续 支持 埃方",
        "肯方将继续支持埃方, 7, 9, 肯 方将 继续 支持 埃方",
        "中方将继续支持, 0, 2, 中方 将 继续 支持",
    })
    void keepsASpanWholeWhereHanLpCutsAcrossOrBreaksIt(String text, int begin, int end, String words) {
        List<Token> tokens = tokenizer.keepWhole(text, tokenizer.tokenize(text), begin, end, "n");
        assertEquals(words, tokens.stream().map(Token::text).collect(Collectors.joining(" ")));
        Token kept = tokens.stream().filter(t -> t.begin() == begin).findFirst().orElseThrow();
        assertEquals(end, kept.end());
        for (Token t : tokens) {
            assertEquals(t.text(), text.substring(t.begin(), t.end()));
        }
    }

    @Test
    void tokenRejectsBadOffsets() {
        assertThrows(IllegalArgumentException.class, () -> new Token("双方", "n", 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new Token("", "n", 0, 0));
    }

    @Test
    void tokenizesFromManyThreads() throws Exception {
        String text = "双方同意加强在航空航天领域的合作。";
        List<Token> expected = tokenizer.tokenize(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Token>>> runs = pool.invokeAll(java.util.Collections.nCopies(16, () -> tokenizer.tokenize(text)));
            for (Future<List<Token>> f : runs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
