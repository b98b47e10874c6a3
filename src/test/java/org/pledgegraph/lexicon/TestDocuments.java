package org.pledgegraph.lexicon;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

/** Builds small documents for tests: a title line, then one unit per sentence. */
final class TestDocuments {
    private TestDocuments() {
    }

    static Document of(String title, String... sentences) {
        return of(title, null, sentences);
    }

    static Document of(String title, LocalDate date, String... sentences) {
        StringBuilder text = new StringBuilder(title).append('\n');
        List<Unit> units = new ArrayList<>();
        for (String sentence : sentences) {
            int begin = text.length();
            text.append(sentence).append('\n');
            units.add(new Unit(units.size(), sentence, sentence, new Span(begin, begin + sentence.length()),
                    Section.NONE, ""));
        }
        SourceText source = new SourceText(Path.of("test.txt"), text.toString(), StandardCharsets.UTF_8);
        return new Document(source, 0, title, Optional.ofNullable(date), units);
    }
}
