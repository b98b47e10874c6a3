package org.pledgegraph.instrument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

/** Builds documents of test sentences, one unit each. */
final class Docs {
    private Docs() {
    }

    static Document of(String file, String title, List<String> units) {
        StringBuilder source = new StringBuilder();
        List<Unit> us = new ArrayList<>();
        for (String u : units) {
            int at = source.length();
            source.append(u);
            us.add(new Unit(us.size(), u, u, new Span(at, at + u.length()), Section.NONE, ""));
        }
        SourceText text = new SourceText(Path.of(file), source.toString(), StandardCharsets.UTF_8);
        return new Document(text, 0, title, Optional.empty(), us);
    }

    static Document of(String... units) {
        return of("test.txt", "", List.of(units));
    }
}
