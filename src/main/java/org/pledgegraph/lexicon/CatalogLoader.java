package org.pledgegraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.DataFileException;

/** Reads the JDK's states and the data files into a {@link Catalog}; used once, then dropped. */
final class CatalogLoader {
    /** Where the lexicon's data files stand on the classpath. */
    static final String DIR = "org/pledgegraph/lexicon/";

    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<String, List<Actor>> names = new HashMap<>();
    final Map<String, Actor> stems = new HashMap<>();
    final Map<Character, List<Actor>> abbreviations = new LinkedHashMap<>();
    final Map<String, List<Catalog.Membership>> members = new HashMap<>();
    final Set<String> partyCapable = new HashSet<>();
    final Map<String, Integer> collectives = new HashMap<>();
    final Set<String> blocks = new HashSet<>();
    final Set<Character> transliteration = new HashSet<>();
    Pattern formalTail;
    /** Every name, stem, collective and blocked word: what a scan of a text looks for. */
    final Set<String> surfaces = new HashSet<>();

    Catalog load() {
        readStates(StateTable.load());
        readActors(DataFile.exactly(8, DataFile.read(DIR + "actors.tsv")));
        readAbbreviations(DataFile.exactly(2, DataFile.read(DIR + "abbreviations.tsv")));
        readWords(DataFile.exactly(2, DataFile.read(DIR + "words.tsv")));
        surfaces.addAll(names.keySet());
        surfaces.addAll(collectives.keySet());
        surfaces.addAll(blocks);
        surfaces.addAll(stems.keySet());
        return new Catalog(this);
    }

    private void readStates(StateTable table) {
        actors.putAll(table.states());
        partyCapable.addAll(table.states().keySet());
        table.names().forEach((name, code) -> addName(name, actors.get(code)));
        for (Actor state : table.states().values()) {
            String zh = state.labelZh();
            if (zh.endsWith("国") && zh.length() >= 3) {
                stems.putIfAbsent(zh.substring(0, zh.length() - 1), state);
            }
        }
    }

    private void readActors(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            Actor actor = ActorRows.actor(row);
            if (actors.putIfAbsent(actor.id(), actor) != null) {
                throw row.error("duplicate actor id " + actor.id());
            }
            for (String name : row.field(3).split("\\|")) {
                addName(name, actor);
            }
            if (ActorRows.party(row)) {
                partyCapable.add(actor.id());
            }
            if (!row.field(7).equals("-")) {
                members.put(actor.id(), ActorRows.members(row, actors.keySet()));
            }
        }
    }

    private void addName(String name, Actor actor) {
        List<Actor> candidates = names.computeIfAbsent(name, n -> new ArrayList<>());
        if (!candidates.contains(actor)) {
            candidates.add(actor);
        }
    }

    private void readAbbreviations(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            if (row.field(0).length() != 1) {
                throw row.error("an abbreviation is one character: " + row.field(0));
            }
            Actor actor = actors.get(row.field(1));
            if (actor == null) {
                throw row.error("unknown actor id " + row.field(1));
            }
            abbreviations.computeIfAbsent(row.field(0).charAt(0), c -> new ArrayList<>()).add(actor);
        }
    }

    private void readWords(List<DataFile.Row> rows) {
        List<String> modifiers = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (DataFile.Row row : rows) {
            String word = row.field(1);
            String kind = row.field(0);
            switch (kind) {
                case "collective" -> collectives.put(word, 0);
                case "collective-multi" -> collectives.put(word, Catalog.THREE_OR_MORE);
                case "block" -> blocks.add(word);
                case "modifier" -> modifiers.add(Pattern.quote(word));
                case "head" -> heads.add(Pattern.quote(word));
                case "transliteration" -> word.chars().forEach(c -> transliteration.add((char) c));
                default -> {
                    if (!kind.matches("collective-[2-9]")) {
                        throw row.error("unknown kind '" + kind
                                + "' (collective, collective-multi, collective-N, block, modifier, head, transliteration)");
                    }
                    collectives.put(word, kind.charAt(kind.length() - 1) - '0');
                }
            }
        }
        if (heads.isEmpty()) {
            throw new DataFileException(DIR + "words.tsv", "no head rows");
        }
        formalTail = Pattern.compile("(?:" + String.join("|", modifiers) + ")*(?:" + longestFirst(heads) + ")");
    }

    private static String longestFirst(List<String> alternatives) {
        return alternatives.stream().sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));
    }
}
