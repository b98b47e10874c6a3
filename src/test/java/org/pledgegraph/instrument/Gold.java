package org.pledgegraph.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.pledgegraph.read.Document;

/** The seed gold (a copy of shared/eval/gold/seed*.json): its documents and instrument registry. */
final class Gold {
    /** The documents, and per document the gold instrument keys of each unit. */
    final List<Document> documents = new ArrayList<>();
    final List<List<Set<String>>> keys = new ArrayList<>();
    private final Map<String, String> byName = new HashMap<>();

    Gold() {
        JsonObject gold = read("seed.json");
        JsonObject registry = read("seed.instruments.json");
        for (String key : registry.keys()) {
            JsonObject e = registry.getObj(key);
            byName.put(Titles.norm(e.getString("title")), key);
            e.getArray("aliases").forEach(a -> byName.put(Titles.norm(a.getAsString().value()), key));
            if (e.hasKey("qid")) {
                byName.put(e.getString("qid"), key);
            }
        }
        int split = gold.getArray("documents").skip(1).findFirst().orElseThrow().getAsObject()
                .getNumber("first_unit").intValue();
        List<JsonValue> units = gold.getArray("units").toList();
        documents(units.subList(0, split), "seed#0");
        documents(units.subList(split, units.size()), "seed#1");
    }

    private void documents(List<JsonValue> units, String title) {
        List<String> texts = new ArrayList<>();
        List<Set<String>> k = new ArrayList<>();
        for (JsonValue v : units) {
            JsonObject u = v.getAsObject();
            if (u.hasKey("text")) {
                texts.add(u.getString("text"));
                k.add(u.getArray("instruments").map(i -> i.getAsObject().getString("key")).collect(Collectors.toSet()));
            }
        }
        documents.add(Docs.of("seed.txt", title, texts));
        keys.add(k);
    }

    /** The registry key an instrument maps to by its names or QID, as the scorer maps it. */
    Optional<String> key(Instrument i) {
        return names(i).stream().map(byName::get).filter(k -> k != null).findFirst();
    }

    /** Every registry key any name of the instrument matches. */
    Set<String> allKeys(Instrument i) {
        return names(i).stream().map(byName::get).filter(k -> k != null).collect(Collectors.toSet());
    }

    private static List<String> names(Instrument i) {
        List<String> names = new ArrayList<>();
        names.add(Titles.norm(i.title()));
        i.aliases().forEach(a -> names.add(Titles.norm(a)));
        i.wikidata().ifPresent(names::add);
        return names;
    }

    Set<String> registryKeys() {
        return new HashSet<>(byName.values());
    }

    private static JsonObject read(String name) {
        try (InputStream in = Gold.class.getResourceAsStream(name)) {
            return JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
