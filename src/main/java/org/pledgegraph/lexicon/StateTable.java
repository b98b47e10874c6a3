package org.pledgegraph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.data.DataFile;

/**
 * The states: every ISO 3166-1 country the JDK knows, labelled from its CLDR data (short Chinese
 * and English names), completed and corrected by {@code states.tsv}.
 */
final class StateTable {
    private final Map<String, Actor> states = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    private StateTable() {
    }

    /** Reads the JDK's country list and {@code states.tsv}. */
    static StateTable load() {
        List<DataFile.Row> rows = DataFile.exactly(3, DataFile.read(CatalogLoader.DIR + "states.tsv"));
        Set<String> excluded = new HashSet<>();
        Map<String, String> qids = new HashMap<>();
        for (DataFile.Row row : rows) {
            switch (row.field(1)) {
                case "exclude" -> excluded.add(row.field(0));
                case "qid" -> qids.put(row.field(0), checkQid(row, row.field(2)));
                case "name" -> { }
                default -> throw row.error("unknown field '" + row.field(1) + "' (name, qid, exclude)");
            }
        }
        StateTable table = new StateTable();
        table.readCldr(excluded, qids);
        for (DataFile.Row row : rows) {
            if (row.field(1).equals("name")) {
                table.addName(row);
            } else if (!table.states.containsKey(row.field(0)) && !excluded.contains(row.field(0))) {
                throw row.error("unknown alpha-3 code " + row.field(0));
            }
        }
        return table;
    }

    private void readCldr(Set<String> excluded, Map<String, String> qids) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String code = country.getISO3Country();
            if (excluded.contains(code)) {
                continue;
            }
            String zh = country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
            String en = country.getDisplayCountry(Locale.ENGLISH);
            states.put(code, new Actor(code, ActorType.STATE, Optional.of(code), zh, en,
                    Optional.ofNullable(qids.get(code))));
            names.putIfAbsent(zh, code);
        }
    }

    private void addName(DataFile.Row row) {
        if (!states.containsKey(row.field(0))) {
            throw row.error("unknown or excluded alpha-3 code " + row.field(0));
        }
        String previous = names.putIfAbsent(row.field(2), row.field(0));
        if (previous != null && !previous.equals(row.field(0))) {
            throw row.error("name " + row.field(2) + " already names " + previous);
        }
    }

    /** A Wikidata item id (Q and digits), or the row's error. */
    static String checkQid(DataFile.Row row, String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw row.error("not a Wikidata QID: " + qid);
        }
        return qid;
    }

    /** The states by alpha-3 code, in ISO order. */
    Map<String, Actor> states() {
        return states;
    }

    /** Chinese names (CLDR short names and the extra ones) to alpha-3 codes. */
    Map<String, String> names() {
        return names;
    }
}
