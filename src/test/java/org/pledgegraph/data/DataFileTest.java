package org.pledgegraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataFileTest {
    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        List<DataFile.Row> rows = DataFile.read("org/pledgegraph/data/sample.tsv");
        assertEquals(List.of(3, 5), rows.stream().map(DataFile.Row::line).toList());
        assertEquals(List.of("CHN", "中国", "-"), rows.get(0).fields());
        assertEquals("org/pledgegraph/data/sample.tsv", rows.get(0).file());
    }

    @Test
    void readsAResourceBesideAClassUnderTheNameGiven() {
        List<DataFile.Row> rows = DataFile.read(DataFileTest.class, "sample.tsv");
        assertEquals("sample.tsv:5: bad", rows.get(1).error("bad").getMessage());
    }

    @Test
    void optionalFieldsAndLists() {
        DataFile.Row row = DataFile.Row.of("x.tsv", 1, "FRA\t法国 \t-\t法兰西|法\t\t ");
        assertEquals("法国", row.field(1));
        assertEquals("", row.optional(2));
        assertEquals("", row.optional(9));
        assertEquals(List.of("法兰西", "法"), row.list(3));
        assertEquals(List.of(), row.list(2));
        assertEquals(List.of("FRA", "法国", "-", "法兰西|法"), row.filled());
        assertEquals("FRA\t法国 \t-\t法兰西|法\t\t ", row.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        CHN\\tname\\t中国\\nCHN\\tname\\n                | x.tsv:2: expected 3 tab-separated columns, found 2
        CHN\\tname\\t中华人民共和国\\nRUS\\t\\t俄罗斯        | x.tsv:2: column 2 is empty
        # header\\nCHN\\tname\\t中国\\tmore            | x.tsv:2: expected 3 tab-separated columns, found 4
        """)
    void badRowNamesFileAndLine(String content, String message) {
        List<String> lines = List.of(content.replace("\\t", "\t").split("\\\\n"));
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.exactly(3, DataFile.parse("x.tsv", lines)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void tooFewColumnsNamesFileAndLine() {
        List<DataFile.Row> rows = DataFile.parse("y.tsv", List.of("a\tb\tc\td", "a\tb"));
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.atLeast(3, rows));
        assertEquals("y.tsv:2: expected 3 tab-separated columns, found 2", e.getMessage());
    }

    @Test
    void aMissingResourceIsOneLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.read("no/such.tsv"));
        assertEquals("no/such.tsv: not found on the classpath", e.getMessage());
    }
}
