package org.pledgegraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of the lexicon: '#' starts a comment line, blank lines are skipped. */
final class Tsv {
    private Tsv() {
    }

    /** One data row, which knows where it came from so that it can report a problem. */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return cells.get(i);
        }

        LexiconDataException error(String problem) {
            return new LexiconDataException(file + ":" + line + ": " + problem);
        }
    }

    /** The rows of a resource next to this class, each checked to have {@code columns} non-empty cells. */
    static List<Row> read(String name, int columns) {
        String file = "org/pledgegraph/lexicon/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LexiconDataException(file + ": missing resource");
            }
            return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new LexiconDataException(file + ": cannot read: " + e.getMessage());
        }
    }

    static List<Row> parse(String file, BufferedReader reader, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        String text;
        int line = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            Row row = new Row(file, line, List.of(text.split("\t", -1)));
            if (row.cells().size() != columns) {
                throw row.error("expected " + columns + " tab-separated columns, found " + row.cells().size());
            }
            for (int i = 0; i < columns; i++) {
                if (row.cell(i).isBlank()) {
                    throw row.error("column " + (i + 1) + " is empty");
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
