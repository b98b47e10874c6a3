package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

class DocumentYearTest {

    private static Document document(Optional<LocalDate> date, String... texts) {
        String all = String.join("", texts);
        SourceText source = new SourceText(Path.of("x.txt"), all, StandardCharsets.UTF_8);
        List<Unit> units = new ArrayList<>();
        int at = 0;
        for (String t : texts) {
            units.add(new Unit(units.size(), t, t, new Span(at, at + t.length()), Section.NONE, ""));
            at += t.length();
        }
        return new Document(source, 0, "", date, units);
    }

    @Test
    void theDocumentDateGivesTheYear() {
        Document doc = document(Optional.of(LocalDate.of(2021, 3, 12)), "双方于2018年5月17日签署协定。");
        assertEquals(OptionalInt.of(2021), DocumentYear.of(doc));
    }

    @Test
    void elseTheFirstFullDateGivesIt() {
        Document doc = document(Optional.empty(), "2001年两国签署条约。", "巴西总统于2017年9月1日至5日访华。",
                "2019年3月，双方举行会谈。");
        assertEquals(OptionalInt.of(2017), DocumentYear.of(doc));
    }

    @Test
    void aForwardDateDoesNotGiveIt() {
        Document doc = document(Optional.empty(), "（新华社金边6月5日电）", "柬方宣布，自2020年1月起对越南公民试行电子签证。",
                "两国外长于2019年3月举行会晤。");
        assertEquals(OptionalInt.of(2019), DocumentYear.of(doc));
    }

    @Test
    void onlyForwardDatesGiveNoYear() {
        Document doc = document(Optional.empty(), "（新华社利马6月5日电）", "双方力争到2025年6月建成铁路。",
                "秘鲁总统将于2021年3月访问巴西。", "新规定自2022年1月1日开始实施。");
        assertEquals(OptionalInt.empty(), DocumentYear.of(doc));
    }

    @Test
    void noFullDateGivesNoYear() {
        Document doc = document(Optional.empty(), "2001年两国签署条约。", "（新华社河内6月5日电）");
        assertEquals(OptionalInt.empty(), DocumentYear.of(doc));
    }
}
