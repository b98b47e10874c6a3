package org.pledgegraph.instrument;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgegraph.data.DataFile;

/** The well-known instruments of gazetteer.tsv. */
final class Gazetteer {
    private static final String FILE = "gazetteer.tsv";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern QID = Pattern.compile("Q\\d+");

    private final List<GazetteerEntry> entries;

    private Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    static Gazetteer load() {
        List<DataFile.Row> rows = DataFile.atLeast(10, DataFile.read(Gazetteer.class, FILE));
        Set<String> keys = new HashSet<>();
        List<GazetteerEntry> entries = rows.stream().map(Gazetteer::entry).toList();
        for (int i = 0; i < entries.size(); i++) {
            if (!keys.add(entries.get(i).key())) {
                throw rows.get(i).error("duplicate key " + entries.get(i).key());
            }
        }
        return new Gazetteer(entries);
    }

    private static GazetteerEntry entry(DataFile.Row row) {
        String key = row.field(0);
        check(row, KEY, key, "bad key");
        String signed = row.optional(6);
        String qid = row.optional(8);
        if (!signed.isEmpty()) {
            check(row, DATE, signed, "bad signing date");
        }
        if (!qid.isEmpty()) {
            check(row, QID, qid, "bad Wikidata QID");
        }
        if (row.optional(1).isEmpty() || row.optional(5).isEmpty()) {
            throw row.error("title and type are required");
        }
        return new GazetteerEntry(key, Titles.canonical(row.field(1)), row.list(2), row.list(3), row.list(4),
                row.field(5), opt(signed), opt(row.optional(7)), opt(qid), row.optional(9));
    }

    private static void check(DataFile.Row row, Pattern p, String value, String problem) {
        if (!p.matcher(value).matches()) {
            throw row.error(problem + ": " + value);
        }
    }

    private static Optional<String> opt(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    List<GazetteerEntry> entries() {
        return entries;
    }
}
