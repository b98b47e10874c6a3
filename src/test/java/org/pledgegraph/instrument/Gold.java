package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pledgegraph.SeedGold;
import org.pledgegraph.read.Document;

/** The seed gold ({@link SeedGold}) as this package tests it: its documents and instrument registry. */
final class Gold {
    /** The documents, and per document the gold instrument keys of each unit. */
    final List<Document> documents = new ArrayList<>();
    final List<List<Set<String>>> keys = new ArrayList<>();
    private final Map<String, String> byName = new HashMap<>();

    Gold() {
        SeedGold gold = SeedGold.load();
        gold.registry().forEach((key, e) -> {
            byName.put(Titles.norm(e.title()), key);
            e.aliases().forEach(a -> byName.put(Titles.norm(a), key));
            e.wikidata().ifPresent(q -> byName.put(q, key));
        });
        List<SeedGold.Document> docs = gold.documents();
        for (int d = 0; d < docs.size(); d++) {
            documents(gold.units(docs.get(d)), "seed#" + d);
        }
    }

    private void documents(List<SeedGold.Unit> units, String title) {
        List<String> texts = new ArrayList<>();
        List<Set<String>> k = new ArrayList<>();
        for (SeedGold.Unit u : units) {
            texts.add(u.text());
            k.add(u.instruments().stream().map(SeedGold.InstrumentRef::key).collect(Collectors.toSet()));
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
}
