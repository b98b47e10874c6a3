package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "条约|协定|协议\t法国和巴西签署了双边投资协定\ttrue",
        "条约|协定|协议\t越南与哈萨克斯坦加强经贸合作\tfalse",
        "条约|协.\t越南与哈萨克斯坦加强经贸合作\ttrue",
        "条约|NPT\t各方重申维护NPT的权威\ttrue",
    })
    void aTextWithNoneOfThePlainWordsCannotMatch(String words, String text, boolean may) {
        assertEquals(may, RequiredWords.anyOf(List.of(words.split("\\|"))).mayMatch(text));
    }
}
