package org.pledgegraph.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits a source text into its documents and cuts each into units. Handles newspaper layout
 * (hard-wrapped lines, blank lines inside sentences, page markers, the title after the body) and
 * web layout (one paragraph per line, the title first), deciding which from the text itself.
 */
public final class DocumentReader {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);

    private final LayoutRules rules;
    private final LineRules kinds;
    private final LineClassifier classifier;

    /** A reader with the standard layout rules. */
    public DocumentReader() {
        this(LayoutRules.standard());
    }

    DocumentReader(LayoutRules rules) {
        this.rules = rules;
        this.kinds = new LineRules(rules);
        this.classifier = new LineClassifier(kinds);
    }

    /** The documents of {@code src}, in file order; at least one if the text has any body text. */
    public List<Document> documents(SourceText src) {
        List<Line> lines = classifier.classify(src.text());
        DocumentDates dates = new DocumentDates(rules, src.text());
        List<Document> documents = new ArrayList<>();
        for (DocumentSplitter.Part part : DocumentSplitter.split(lines, l -> kinds.isDateline(l.compact()))) {
            List<Unit> units = new UnitCutter(src.text(), rules).cut(part.lines());
            if (units.isEmpty() && part.title().isEmpty()) {
                continue;
            }
            String written = Titles.join(part.title());
            String title = Titles.clean(written, rules);
            Optional<LocalDate> date = dates.date(written, units);
            documents.add(new Document(src, documents.size(), title, date, units));
        }
        LOG.debug("{}: {} documents, {} lines", src.name(), documents.size(), lines.size());
        return documents;
    }
}
