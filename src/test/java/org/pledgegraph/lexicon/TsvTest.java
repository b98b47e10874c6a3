package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TsvTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        CHN\\tname\\t中国\\nCHN\\tname\\n           | x.tsv:2: expected 3 tab-separated columns, found 2
        CHN\\tname\\t中华人民共和国\\nRUS\\t\\t俄罗斯   | x.tsv:2: column 2 is empty
        """)
    void badRowNamesFileAndLine(String content, String message) {
        String text = content.replace("\\n", "\n").replace("\\t", "\t");
        LexiconDataException e = assertThrows(LexiconDataException.class,
                () -> Tsv.parse("x.tsv", new BufferedReader(new StringReader(text)), 3));
        assertEquals(message, e.getMessage());
    }
}
