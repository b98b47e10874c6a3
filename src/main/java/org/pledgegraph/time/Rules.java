package org.pledgegraph.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.PledgegraphException;

/**
 * Reads the rule files of this package (resources under org/pledgegraph/time/): one row a line,
 * fields separated by a tab, # starts a comment. A bad row fails with its file and line.
 */
final class Rules {
    /** One row of a rule file with its line number (from 1), for error messages. */
    record Row(int line, String... cells) {
        String cell(int k) {
            return cells[k];
        }
    }

    private Rules() {
    }

    /** The rows of a resource, each split into exactly {@code fields} tab-separated fields. */
    static List<Row> rows(String resource, int fields) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Rules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PledgegraphException(resource + ": rule file missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\t");
                if (cells.length != fields || List.of(cells).stream().anyMatch(c -> c.isBlank())) {
                    throw new PledgegraphException(resource + ":" + number + ": expected " + fields
                            + " tab-separated fields, got: " + row);
                }
                rows.add(new Row(number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read", e);
        }
        return rows;
    }

    /** A one-field rule file as a list of words, longest first (so 行动计划 is tried before 计划). */
    static List<String> words(String resource) {
        List<String> words = new ArrayList<>();
        for (Row row : rows(resource, 1)) {
            words.add(row.cell(0));
        }
        words.sort((a, b) -> b.length() - a.length());
        return List.copyOf(words);
    }
}
