package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.DataFileException;

/** The data files load, and a bad row is reported by file and line. */
class DataFilesTest {
    @Test
    void aShortRowNamesFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.atLeast(3, DataFile.read(DataFilesTest.class, "bad-row.tsv")));
        assertEquals("bad-row.tsv:3: expected 3 tab-separated columns, found 2", e.getMessage());
    }

    @Test
    void aMissingFileIsOneLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.read(DataFilesTest.class, "absent.tsv"));
        assertTrue(e.getMessage().startsWith("absent.tsv: not found"));
    }

    @Test
    void gazetteerQidsAreOnlyTheVerifiedOnes() {
        Set<String> verified = Set.of("Q171328", "Q186444", "Q547896");
        Gazetteer.load().entries().forEach(g -> g.wikidata().ifPresent(q -> assertTrue(verified.contains(q), g.key())));
    }

    @Test
    void everyGazetteerTitleEndsInAKnownHeadOrIsAGroup() {
        HeadNouns heads = HeadNouns.load();
        for (GazetteerEntry g : Gazetteer.load().entries()) {
            assertTrue(heads.headOf(g.title()).isPresent(), g.title());
        }
    }

    @Test
    void gazetteerSigningDatesAreIso() {
        Pattern iso = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        Gazetteer.load().entries().forEach(g -> g.signed().ifPresent(d -> {
            Matcher m = iso.matcher(d);
            assertTrue(m.matches(), g.key() + " " + d);
        }));
    }
}
