package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the finder over every gold unit of the seed and scores it as score.py's dates line does. */
class SeedDatesTest {
    private static final Path GOLD = Path.of("../shared/eval/gold/seed.json");
    private static final double REQUIRED_F1 = 0.97;

    @Test
    void datesOfTheSeedMatchTheGold() throws IOException {
        JsonObject gold = JsonParser.parseString(Files.readString(GOLD, StandardCharsets.UTF_8)).getAsJsonObject();
        OptionalInt year = OptionalInt.of(gold.get("year").getAsInt());
        DateFinder finder = new DateFinder();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (JsonElement e : gold.getAsJsonArray("units")) {
            JsonObject unit = e.getAsJsonObject();
            if (!unit.has("text")) {
                continue;
            }
            String text = unit.get("text").getAsString();
            Set<String> expected = strings(unit.getAsJsonArray("dates"));
            Set<String> found = finder.find(text, year).stream().map(DateValue::lexical).collect(Collectors.toSet());
            Set<String> hit = new HashSet<>(found);
            hit.retainAll(expected);
            tp += hit.size();
            fp += found.size() - hit.size();
            fn += expected.size() - hit.size();
            if (!found.equals(expected)) {
                System.out.println("dates differ: gold " + expected + " found " + found + " | " + text);
            }
        }
        double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        System.out.printf("seed dates: F1 %.3f (tp %d, fp %d, fn %d)%n", f1, tp, fp, fn);
        assertTrue(f1 >= REQUIRED_F1, "seed dates F1 " + f1 + " below " + REQUIRED_F1);
    }

    private static Set<String> strings(JsonArray array) {
        Set<String> out = new HashSet<>();
        array.forEach(x -> out.add(x.getAsString()));
        return out;
    }
}
