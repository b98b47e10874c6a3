package org.pledgegraph.instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of this package: # comments, blank lines skipped. */
final class Tsv {
    /** One data row: its cells, and where it was read from for error messages. */
    record Row(String file, int line, List<String> cells) {
        String cell(int i) {
            return cells.get(i).strip();
        }

        /** The cell, or "" for "-". */
        String optional(int i) {
            String c = i < cells.size() ? cell(i) : "-";
            return c.equals("-") ? "" : c;
        }

        /** The cell split at |, without "-". */
        List<String> list(int i) {
            String c = optional(i);
            return c.isEmpty() ? List.of() : List.of(c.split("\\|"));
        }

        DataFileException error(String problem) {
            return new DataFileException(file, line, problem);
        }
    }

    private Tsv() {
    }

    /** The rows of a resource of this package, each with at least {@code minCells} cells. */
    static List<Row> read(String resource, int minCells) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(resource, "missing resource", null);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                Row row = new Row(resource, n, cells);
                if (cells.size() < minCells) {
                    throw row.error("expected " + minCells + " tab-separated columns, found " + cells.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new DataFileException(resource, "cannot read", e);
        }
        return rows;
    }
}
