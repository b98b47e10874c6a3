package org.pledgegraph.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file of rules on the classpath. Blank lines and lines starting with
 * {@code #} are skipped; every other line is a {@link Row} that knows its line number, so that a
 * reader can report a bad row as {@code file:line: problem}.
 */
public final class TsvFile {
    /** One row: its fields (trimmed, empty fields dropped) and where it stands. */
    public record Row(String file, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** An exception naming this row. */
        public DataFileException error(String problem) {
            return new DataFileException(file, line, problem);
        }
    }

    private TsvFile() {
    }

    /** Reads the rows of a classpath resource (absolute name, without the leading slash). */
    public static List<Row> read(String resource) {
        InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(resource, "not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(String resource, BufferedReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String field : trimmed.split("\t")) {
                if (!field.isBlank()) {
                    fields.add(field.strip());
                }
            }
            rows.add(new Row(resource, number, fields));
        }
        return rows;
    }
}
