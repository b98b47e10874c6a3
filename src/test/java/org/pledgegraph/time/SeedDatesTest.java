package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Score;
import org.pledgegraph.SeedGold;

/** Runs the finder over every gold unit of the seed and scores it as score.py's dates line does. */
class SeedDatesTest {
    private static final double REQUIRED_F1 = 0.97;

    @Test
    void datesOfTheSeedMatchTheGold() {
        SeedGold gold = SeedGold.load();
        OptionalInt year = OptionalInt.of(gold.year());
        DateFinder finder = new DateFinder();
        Score score = new Score();
        for (SeedGold.Unit unit : gold.units()) {
            String text = unit.text();
            Set<String> expected = new HashSet<>(unit.dates());
            Set<String> found = finder.find(text, year).stream().map(DateValue::lexical).collect(Collectors.toSet());
            score.add(expected, found);
            if (!found.equals(expected)) {
                System.out.println("dates differ: gold " + expected + " found " + found + " | " + text);
            }
        }
        double f1 = score.f1();
        System.out.printf("seed dates: F1 %.3f (tp %d, fp %d, fn %d)%n", f1, score.tp(), score.fp(), score.fn());
        assertTrue(f1 >= REQUIRED_F1, "seed dates F1 " + f1 + " below " + REQUIRED_F1);
    }
}
