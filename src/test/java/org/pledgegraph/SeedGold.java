package org.pledgegraph;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gold annotation of the seed ({@link Seeds#GOLD} and its instrument registry
 * {@link Seeds#REGISTRY}, in ../shared/eval/gold beside the clone), read once with Gson.
 * Units are the gold's text units in order, each with its index among the gold's entries
 * (the entries that only carry a document title are left out).
 */
public final class SeedGold {
    /** A gold document: its title and the range of gold entries (inclusive) it spans. */
    public record Document(String title, @SerializedName("first_unit") int firstUnit,
                           @SerializedName("last_unit") int lastUnit) {
    }

    /** A gold statement: its parties (codes or ids), kind, verb as written and negation. */
    public record Statement(List<String> party, String kind, String verb, boolean negated) {
    }

    /** A reference of a unit to an instrument of the registry. */
    public record InstrumentRef(String key, boolean anaphoric) {
    }

    /** A gold unit; {@code area} is the gold's spelling (relations, people-to-people …). */
    public record Unit(int index, String text, String area, List<Statement> statements,
                       List<InstrumentRef> instruments, List<String> dates) {
    }

    /** An instrument of the registry; {@code qid} is null where the registry has none. */
    public record Entry(String title, List<String> aliases, String type, String qid) {
        public Optional<String> wikidata() {
            return Optional.ofNullable(qid);
        }
    }

    private record File(List<String> parties, int year, List<Document> documents, List<Unit> units) {
    }

    private static SeedGold shared;

    private final File file;
    private final List<Unit> units;
    private final Map<String, Entry> registry;

    private SeedGold(File file, Map<String, Entry> registry) {
        this.file = file;
        this.registry = Collections.unmodifiableMap(new LinkedHashMap<>(registry));
        List<Unit> list = new ArrayList<>();
        for (int i = 0; i < file.units().size(); i++) {
            Unit u = file.units().get(i);
            if (u.text() != null) {
                list.add(new Unit(i, u.text(), u.area(), u.statements(), u.instruments(), u.dates()));
            }
        }
        this.units = List.copyOf(list);
    }

    /** The seed gold, read on first use and shared after that (read only). */
    public static synchronized SeedGold load() {
        if (shared == null) {
            Type registry = new TypeToken<Map<String, Entry>>() { }.getType();
            shared = new SeedGold(read(Seeds.GOLD, File.class), read(Seeds.REGISTRY, registry));
        }
        return shared;
    }

    /** The parties of the seed (alpha-3 codes). */
    public List<String> parties() {
        return List.copyOf(file.parties());
    }

    /** The year of the seed's documents. */
    public int year() {
        return file.year();
    }

    public List<Document> documents() {
        return List.copyOf(file.documents());
    }

    /** Every text unit, in order. */
    public List<Unit> units() {
        return units;
    }

    /** The text units of one document, in order. */
    public List<Unit> units(Document document) {
        return units.stream().filter(u -> u.index() >= document.firstUnit() && u.index() <= document.lastUnit())
                .toList();
    }

    /** The instrument registry by key, in the order of the file. */
    public Map<String, Entry> registry() {
        return registry;
    }

    private static <T> T read(Path path, Type type) {
        try (Reader in = Files.newBufferedReader(Seeds.require(path), StandardCharsets.UTF_8)) {
            return new Gson().fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
