package org.pledgegraph.time;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.data.DataFile;

/**
 * Reads the rule files of this package (resources under org/pledgegraph/time/) through
 * {@link DataFile}: one row a line, fields separated by a tab, # starts a comment. A bad row
 * fails with its file and line.
 */
final class Rules {
    private Rules() {
    }

    /** The rows of a resource, each split into exactly {@code fields} tab-separated fields. */
    static List<DataFile.Row> rows(String resource, int fields) {
        List<DataFile.Row> rows = new ArrayList<>();
        for (DataFile.Row row : DataFile.read(Rules.class, resource)) {
            String text = row.text().strip();
            List<String> cells = List.of(text.split("\t"));
            if (cells.size() != fields || cells.stream().anyMatch(String::isBlank)) {
                throw row.error("expected " + fields + " tab-separated fields, got: " + text);
            }
            rows.add(new DataFile.Row(row.file(), row.line(), cells));
        }
        return rows;
    }

    /** A one-field rule file as a list of words, longest first (so 行动计划 is tried before 计划). */
    static List<String> words(String resource) {
        List<String> words = new ArrayList<>();
        for (DataFile.Row row : rows(resource, 1)) {
            words.add(row.field(0));
        }
        words.sort((a, b) -> b.length() - a.length());
        return List.copyOf(words);
    }
}
