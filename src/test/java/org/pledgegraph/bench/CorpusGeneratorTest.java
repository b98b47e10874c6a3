package org.pledgegraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.Seeds;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.DocumentReader;
import org.pledgegraph.read.SourceReader;

class CorpusGeneratorTest {
    private final CorpusGenerator generator = new CorpusGenerator();

    @Test
    void theSameScaleGivesTheSameFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        List<Path> first = generator.generate(List.of(Seeds.SEED), 4, a);
        List<Path> second = generator.generate(List.of(Seeds.SEED), 4, b);
        assertEquals(4, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).getFileName(), second.get(i).getFileName());
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
        }
    }

    @Test
    void scaleOneIsTheSeedAlone(@TempDir Path dir) throws IOException {
        List<Path> files = generator.generate(List.of(Seeds.SEED), 1, dir);
        assertEquals(1, files.size());
        assertArrayEquals(Files.readAllBytes(Seeds.SEED), Files.readAllBytes(files.get(0)));
    }

    @Test
    void aCorpusIsAboutScaleTimesTheSeed(@TempDir Path dir) throws IOException {
        long seed = Files.readString(Seeds.SEED).length();
        long total = 0;
        for (Path f : generator.generate(List.of(Seeds.SEED), 6, dir)) {
            total += Files.readString(f).length();
        }
        assertTrue(total >= 6 * seed && total < 7 * seed, total + " chars for 6 × " + seed);
    }

    @Test
    void syntheticFilesReadAsOneDocumentPerStatementEachWithTwoParties(@TempDir Path dir) throws IOException {
        Path synthetic = generator.generate(List.of(Seeds.SEED), 2, dir).get(1);
        String text = Files.readString(synthetic);
        long titles = text.lines().filter(l -> l.endsWith("联合声明")).count();
        assertTrue(titles >= 2, "a seed-sized file holds several statements");
        List<Document> docs = new DocumentReader().documents(SourceReader.read(synthetic, null));
        assertEquals(titles, docs.size());
        ActorLexicon lexicon = ActorLexicon.load();
        for (Document d : docs) {
            assertEquals(2, lexicon.parties(d).size(), d.title());
            assertTrue(d.date().isPresent(), "dated at its end: " + d.title());
            assertFalse(d.units().isEmpty(), d.title());
        }
    }

    @Test
    void anInstrumentIsSignedOnOneDayInEveryStatementThatSaysWhen(@TempDir Path dir) throws IOException {
        Pattern signed = Pattern.compile("在(\\d+年\\d+月\\d+日)签署的《([^》]+)》");
        Map<String, Set<String>> days = new HashMap<>();
        int mentions = 0;
        for (Path f : generator.generate(List.of(Seeds.SEED), 8, dir)) {
            Matcher m = signed.matcher(Files.readString(f));
            while (m.find()) {
                days.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(m.group(1));
                mentions++;
            }
        }
        assertTrue(days.containsKey("巴黎协定") && mentions > days.size(), mentions + " mentions of " + days.keySet());
        days.forEach((title, when) -> assertEquals(1, when.size(), title + " signed on " + when));
    }
}
