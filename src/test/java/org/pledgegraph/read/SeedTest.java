package org.pledgegraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.SeedGold;
import org.pledgegraph.Seeds;

/** The reader on the seed: the gold documents and units of seeds/… (gold/seed.json). */
class SeedTest {
    private static List<Document> documents;
    private static List<String> goldTitles;
    private static List<String> goldUnits;

    @BeforeAll
    static void read() {
        SeedGold gold = SeedGold.load();
        goldTitles = gold.documents().stream().map(SeedGold.Document::title).toList();
        goldUnits = gold.units().stream().map(SeedGold.Unit::text).toList();
        documents = new DocumentReader().documents(SourceReader.read(Seeds.SEED, null));
    }

    @Test
    void findsTheTwoDocumentsWithTheirTitles() {
        assertEquals(goldTitles, documents.stream().map(Document::title).toList());
    }

    @Test
    void datesBothDocumentsFromTheDatelineAndTheVisit() {
        assertEquals(Optional.of(LocalDate.of(2019, 6, 5)), documents.get(1).date());
    }

    @Test
    void unitsMatchTheGold() {
        Set<String> ours = new HashSet<>();
        documents.forEach(d -> d.units().forEach(u -> ours.add(u.text())));
        List<String> missing = goldUnits.stream().filter(g -> !ours.contains(g)).toList();
        double share = 1.0 - (double) missing.size() / goldUnits.size();
        System.out.printf("gold units matched exactly: %d/%d (%.1f%%)%n", goldUnits.size() - missing.size(),
                goldUnits.size(), 100 * share);
        missing.forEach(m -> System.out.println("  missing: " + m));
        assertTrue(share >= 0.95, "matched " + share + ", missing " + missing);
    }

    @Test
    void unitsComeInGoldOrderAndDocumentsSplitWhereTheGoldDoes() {
        List<String> ours = documents.stream().flatMap(d -> d.units().stream()).map(Unit::text).toList();
        int i = 0;
        while (i < Math.min(ours.size(), goldUnits.size()) && ours.get(i).equals(goldUnits.get(i))) {
            i++;
        }
        assertEquals(goldUnits.size(), i, "first difference at unit " + i);
        assertEquals(goldUnits.size(), ours.size());
        assertEquals(goldUnits.get(139 - 1), documents.get(1).units().get(0).text(),
                "the second document starts at its own opening");
    }

    @Test
    void everySpanPointsAtItsUnitInTheOriginalText() {
        for (Document d : documents) {
            String text = d.source().text();
            for (Unit u : d.units()) {
                String at = text.substring(u.span().begin(), u.span().end()).replaceAll("\\s+", "");
                assertEquals(u.text(), at);
                assertEquals(u.text().charAt(0), text.charAt(u.span().begin()));
            }
        }
    }

    @Test
    void headingsAreSectionsNotUnits() {
        List<String> headings = documents.get(0).units().stream().map(u -> u.section().heading()).distinct().toList();
        assertEquals(List.of("", "一", "二", "三", "四", "政治合作", "安全合作", "务实合作", "人文交流"), headings);
        assertTrue(documents.get(0).units().stream().noneMatch(u -> u.text().equals("政治合作")));
    }

    @Test
    void listItemsCarryTheirMarker() {
        List<Unit> units = documents.get(0).units();
        assertEquals("——", units.get(8).marker());
        assertEquals("（一）", units.get(36).marker());
        assertEquals("", units.get(7).marker());
    }

    @Test
    void theDatelineIsAUnitAndThePageMarkerIsDropped() {
        List<Unit> second = documents.get(1).units();
        assertEquals("（新华社莫斯科6月5日电）", second.get(second.size() - 1).text());
        assertTrue(documents.stream().flatMap(d -> d.units().stream()).noneMatch(u -> u.text().contains("下转")));
    }
}
