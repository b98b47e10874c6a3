package org.pledgegraph.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file of rules on the classpath. Blank lines and lines starting with
 * {@code #} are skipped; every other line is a {@link Row} that knows its file and line number,
 * so that a stage can report a bad row as {@code file:line: problem}. Each stage parses the
 * fields of its rows itself.
 */
public final class DataFile {
    /** One row: its tab-separated fields (as written, empty ones kept) and where it stands. */
    public record Row(String file, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** The row of a line of text, split at every tab. */
        public static Row of(String file, int line, String text) {
            return new Row(file, line, List.of(text.split("\t", -1)));
        }

        /** The line as written. */
        public String text() {
            return String.join("\t", fields);
        }

        public int size() {
            return fields.size();
        }

        /** The field at {@code i}, without surrounding spaces. */
        public String field(int i) {
            return fields.get(i).strip();
        }

        /** The fields without surrounding spaces, blank ones dropped. */
        public List<String> filled() {
            return fields.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        }

        /** The field at {@code i}, or "" where it is "-" or absent. */
        public String optional(int i) {
            String f = i < fields.size() ? field(i) : "-";
            return f.equals("-") ? "" : f;
        }

        /** The field at {@code i} split at |, empty where it is "-" or absent. */
        public List<String> list(int i) {
            String f = optional(i);
            return f.isEmpty() ? List.of() : List.of(f.split("\\|"));
        }

        /** An exception naming this row: {@code file:line: problem}. */
        public DataFileException error(String problem) {
            return new DataFileException(file, line, problem);
        }
    }

    private DataFile() {
    }

    /** The rows of a classpath resource (absolute name, without a leading slash), named as given. */
    public static List<Row> read(String resource) {
        return read(DataFile.class.getClassLoader().getResourceAsStream(resource), resource);
    }

    /** The rows of a resource beside {@code anchor} (a name relative to its package), named as given. */
    public static List<Row> read(Class<?> anchor, String name) {
        return read(anchor.getResourceAsStream(name), name);
    }

    /** The rows of lines of text read from {@code file}; line numbers count from 1. */
    public static List<Row> parse(String file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                rows.add(Row.of(file, i + 1, line));
            }
        }
        return rows;
    }

    /** The rows, each checked to have at least {@code columns} fields. */
    public static List<Row> atLeast(int columns, List<Row> rows) {
        for (Row row : rows) {
            if (row.size() < columns) {
                throw columnCount(row, columns);
            }
        }
        return rows;
    }

    /** The rows, each checked to have exactly {@code columns} fields, none of them blank. */
    public static List<Row> exactly(int columns, List<Row> rows) {
        for (Row row : rows) {
            if (row.size() != columns) {
                throw columnCount(row, columns);
            }
            for (int i = 0; i < columns; i++) {
                if (row.fields().get(i).isBlank()) {
                    throw row.error("column " + (i + 1) + " is empty");
                }
            }
        }
        return rows;
    }

    private static DataFileException columnCount(Row row, int columns) {
        return row.error("expected " + columns + " tab-separated columns, found " + row.size());
    }

    private static List<Row> read(InputStream in, String file) {
        if (in == null) {
            throw new DataFileException(file, "not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(file, reader.lines().toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
