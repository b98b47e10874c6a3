package org.pledgegraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.SeedGold;
import org.pledgegraph.Seeds;
import org.pledgegraph.data.DataFileException;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.DocumentReader;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

class AreaClassifierTest {
    private static final AreaClassifier AREAS = AreaClassifier.load();

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "中华人民共和国和法兰西共和国联合声明|三、人文交流|PeopleToPeople",
        "中华人民共和国和法兰西共和国联合声明|一|Relations",
        "中华人民共和国和法兰西共和国联合声明|-|Relations",
        "中华人民共和国和巴基斯坦伊斯兰共和国关于建立全天候战略合作伙伴关系的联合声明|二、务实合作|Economic",
        "中华人民共和国和巴西联邦共和国联合声明|（三）经贸合作|Economic",
        "中华人民共和国和越南社会主义共和国联合声明|政治合作|Political",
        "中华人民共和国和越南社会主义共和国联合声明|二、政治领域|Political",
        "中华人民共和国和哈萨克斯坦共和国联合声明|安全合作|Security",
        "中华人民共和国和哈萨克斯坦共和国联合声明|国际和地区问题|International",
        "中国—东盟领导人联合声明|四、国际协作|International",
        "中国—东盟领导人联合声明|国际事务|International",
        "法兰西共和国和印度共和国关于人工智能治理的联合声明|-|International",
        "巴西联邦共和国和南非共和国关于加强人工智能治理合作的联合声明|一|International",
        "中华人民共和国和俄罗斯联邦联合声明|人文合作|PeopleToPeople",
        "中华人民共和国和俄罗斯联邦联合声明|经 济 合 作|Economic",
        "中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明|-|Security",
        "中华人民共和国和俄罗斯联邦关于国际信息安全的联合声明|-|Security",
        "中国和巴基斯坦关于深化经贸合作的联合声明|-|Economic",
        "中国和巴基斯坦关于深化经贸合作的联合声明|一|Economic",
        "中华人民共和国和俄罗斯联邦关于促进国际法的声明|-|International",
        "中国—东盟关于粮食安全合作的联合声明|-|Economic",
        "-|-|Relations",
        "中華人民共和國和巴西聯邦共和國聯合聲明|二、經貿合作|Economic",
        "中華人民共和國和越南社會主義共和國聯合聲明|國際協作|International",
        "中華人民共和國和俄羅斯聯邦關於加強當代全球戰略穩定的聯合聲明|-|Security",
    })
    void areaFromHeadingThenTitle(String title, String heading, Area expected) {
        assertEquals(expected, AREAS.area(title == null ? "" : title, heading == null ? "" : heading));
    }

    @Test
    void areaOfAUnitOfADocument() {
        SourceText src = new SourceText(Path.of("x.txt"), "双方将深化能源合作。", StandardCharsets.UTF_8);
        Unit unit = new Unit(0, "双方将深化能源合作。", "双方将深化能源合作。", new Span(0, 10),
                new Section(2, "二、务实合作"), "");
        Document doc = new Document(src, 0, "中华人民共和国和巴西联邦共和国联合声明", Optional.empty(), List.of(unit));
        assertEquals(Area.Economic, DomainClassifier.load().classify(doc, 2).get(0).area());
    }

    @Test
    void badRowNamesFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> AreaClassifier.load("org/pledgegraph/domain/bad-areas.tsv"));
        assertEquals("org/pledgegraph/domain/bad-areas.tsv:3: bad scope or area in [heading, 政治, Politics]"
                + " (scope: heading|title; area: one of [Relations, Political, Security, Economic, PeopleToPeople,"
                + " International])", e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        DataFileException e = assertThrows(DataFileException.class, () -> AreaClassifier.load("no/such.tsv"));
        assertEquals("no/such.tsv: not found on the classpath", e.getMessage());
    }

    /** The areas of the gold units of the seed, each unit placed under the heading it follows. */
    @Test
    void seedGoldAreaAccuracy() throws IOException {
        SeedGold gold = SeedGold.load();
        String text = Files.readString(Seeds.SEED, StandardCharsets.UTF_8);
        List<int[]> headings = new ArrayList<>();
        String compact = compactWithHeadings(text, headings);
        int hits = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        int cursor = 0;
        for (SeedGold.Document doc : gold.documents()) {
            int docStart = -1;
            for (SeedGold.Unit u : gold.units(doc)) {
                int at = compact.indexOf(u.text(), cursor);
                assertTrue(at >= 0, "gold unit " + u.index() + " not found in the seed");
                cursor = at;
                docStart = docStart < 0 ? at : docStart;
                String heading = headingBefore(compact, headings, docStart, at);
                Area area = AREAS.area(doc.title(), heading);
                total++;
                if (gold(u.area()) == area) {
                    hits++;
                } else {
                    misses.add(u.index() + " " + heading + " " + area);
                }
            }
        }
        double accuracy = (double) hits / total;
        System.out.printf(Locale.ROOT, "area accuracy on seed gold: %d/%d = %.3f %s%n", hits, total, accuracy, misses);
        assertTrue(accuracy >= 0.97, "area accuracy " + accuracy + " misses " + misses);
    }

    /** The same, on the documents and units the read stage makes of the seed file. */
    @Test
    void seedGoldAreaAccuracyOnTheReadersUnits() {
        List<SeedGold.Unit> gold = SeedGold.load().units();
        List<Document> docs = new DocumentReader().documents(SourceReader.read(Seeds.SEED, null));
        DomainClassifier domains = DomainClassifier.load();
        int hits = 0;
        int total = 0;
        int cursor = 0;
        List<String> misses = new ArrayList<>();
        for (Document doc : docs) {
            List<Domain> fields = domains.classify(doc, 2);
            for (Unit unit : doc.units()) {
                int k = cursor;
                while (k < gold.size() && !unit.text().equals(gold.get(k).text())) {
                    k++;
                }
                if (k == gold.size()) {
                    continue;
                }
                cursor = k + 1;
                total++;
                Area area = fields.get(unit.index()).area();
                if (gold(gold.get(k).area()) == area) {
                    hits++;
                } else {
                    misses.add(gold.get(k).index() + " " + unit.section().heading() + " " + area);
                }
            }
        }
        double accuracy = (double) hits / total;
        System.out.printf(Locale.ROOT, "area accuracy on the reader's units: %d/%d = %.3f %s%n", hits, total, accuracy,
                misses);
        assertTrue(total >= 180, "only " + total + " reader units match gold units");
        assertTrue(accuracy >= 0.97, "area accuracy " + accuracy + " misses " + misses);
    }

    private static Area gold(String area) {
        return switch (area) {
            case "people-to-people" -> Area.PeopleToPeople;
            default -> Area.valueOf(area.substring(0, 1).toUpperCase(Locale.ROOT) + area.substring(1));
        };
    }

    /** The text without whitespace; records [offset, length] of each short unpunctuated line (a heading). */
    private static String compactWithHeadings(String text, List<int[]> headings) {
        StringBuilder compact = new StringBuilder();
        for (String line : text.split("\n")) {
            String c = line.replaceAll("\\s+", "");
            if (!c.isEmpty() && c.length() <= 10 && !c.matches(".*[，。；：、！？（）《》“”,.;:].*")) {
                headings.add(new int[] {compact.length(), c.length()});
            }
            compact.append(c);
        }
        return compact.toString();
    }

    private static String headingBefore(String compact, List<int[]> headings, int from, int at) {
        String heading = "";
        for (int[] h : headings) {
            if (h[0] >= from && h[0] < at) {
                heading = compact.substring(h[0], h[0] + h[1]);
            }
        }
        return heading;
    }
}
