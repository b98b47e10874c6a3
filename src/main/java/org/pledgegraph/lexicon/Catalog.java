package org.pledgegraph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Everything the lexicon knows, read once from the JDK and the data files; immutable after loading. */
final class Catalog {
    /** A member state of a group, from a year on (0: from the start). */
    record Membership(String code, int since) {
    }

    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<String, List<Actor>> names = new HashMap<>();
    final Map<String, Actor> stems = new HashMap<>();
    final Map<Character, List<Actor>> abbreviations = new LinkedHashMap<>();
    final Map<String, List<Membership>> members = new HashMap<>();
    final Set<String> partyCapable = new HashSet<>();
    final Set<String> collectives = new HashSet<>();
    final Set<String> multiCollectives = new HashSet<>();
    final Set<String> blocks = new HashSet<>();
    Pattern formalTail;
    int maxLength;

    private Catalog() {
    }

    static Catalog load() {
        Catalog catalog = new Catalog();
        catalog.readStates(StateTable.load());
        catalog.readActors(Tsv.read("actors.tsv", 8));
        catalog.readAbbreviations(Tsv.read("abbreviations.tsv", 2));
        catalog.readWords(Tsv.read("words.tsv", 2));
        catalog.maxLength = Collections.max(catalog.surfaces().stream().map(String::length).toList());
        return catalog;
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

    private void readActors(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            Actor actor = ActorRows.actor(row);
            if (actors.putIfAbsent(actor.id(), actor) != null) {
                throw row.error("duplicate actor id " + actor.id());
            }
            for (String name : row.cell(3).split("\\|")) {
                addName(name, actor);
            }
            if (ActorRows.party(row)) {
                partyCapable.add(actor.id());
            }
            if (!row.cell(7).equals("-")) {
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

    private void readAbbreviations(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            if (row.cell(0).length() != 1) {
                throw row.error("an abbreviation is one character: " + row.cell(0));
            }
            Actor actor = actors.get(row.cell(1));
            if (actor == null) {
                throw row.error("unknown actor id " + row.cell(1));
            }
            abbreviations.computeIfAbsent(row.cell(0).charAt(0), c -> new ArrayList<>()).add(actor);
        }
    }

    private void readWords(List<Tsv.Row> rows) {
        List<String> modifiers = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (Tsv.Row row : rows) {
            String word = row.cell(1);
            switch (row.cell(0)) {
                case "collective" -> collectives.add(word);
                case "collective-multi" -> multiCollectives.add(word);
                case "block" -> blocks.add(word);
                case "modifier" -> modifiers.add(Pattern.quote(word));
                case "head" -> heads.add(Pattern.quote(word));
                default -> throw row.error("unknown kind '" + row.cell(0) + "' (collective, collective-multi, block, modifier, head)");
            }
        }
        if (heads.isEmpty()) {
            throw new LexiconDataException("org/pledgegraph/lexicon/words.tsv: no head rows");
        }
        formalTail = Pattern.compile("(?:" + String.join("|", modifiers) + ")*(?:" + longestFirst(heads) + ")");
    }

    private static String longestFirst(List<String> alternatives) {
        return alternatives.stream().sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));
    }

    /** Every surface form the finder looks up. */
    Set<String> surfaces() {
        Set<String> all = new HashSet<>(names.keySet());
        all.addAll(collectives);
        all.addAll(multiCollectives);
        all.addAll(blocks);
        return all;
    }

    /** True for a word that names the document's parties together (双方; 各方 only among three or more). */
    boolean isCollective(String word, int parties) {
        return collectives.contains(word) || parties >= 3 && multiCollectives.contains(word);
    }

    Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }
}
