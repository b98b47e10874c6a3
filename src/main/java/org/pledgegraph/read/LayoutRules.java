package org.pledgegraph.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgegraph.data.DataFile;

/**
 * The word lists and patterns that describe the layout of a statement (headings, titles, page
 * markers, datelines, list markers), read from {@code layout.tsv} in this package's resources.
 * A bad row fails with the resource name and line number.
 */
record LayoutRules(Set<String> headings, List<String> headingSuffixes, List<Pattern> headingPatterns,
                   List<Pattern> headingPrefixes, List<String> headingStopwords,
                   List<String> titleEndings, List<Pattern> titleDrops, List<Pattern> pageMarkers,
                   List<Pattern> pageNumbers, List<String> breadcrumbSeparators, List<Pattern> datelines, List<Pattern> dateLines,
                   List<Pattern> listMarkers) {
    static final String RESOURCE = "layout.tsv";

    private static final LayoutRules DEFAULT = load(RESOURCE);

    LayoutRules {
        headings = Set.copyOf(headings);
        headingSuffixes = List.copyOf(headingSuffixes);
        headingPatterns = List.copyOf(headingPatterns);
        headingPrefixes = List.copyOf(headingPrefixes);
        headingStopwords = List.copyOf(headingStopwords);
        titleEndings = List.copyOf(titleEndings);
        titleDrops = List.copyOf(titleDrops);
        pageMarkers = List.copyOf(pageMarkers);
        pageNumbers = List.copyOf(pageNumbers);
        breadcrumbSeparators = List.copyOf(breadcrumbSeparators);
        datelines = List.copyOf(datelines);
        dateLines = List.copyOf(dateLines);
        listMarkers = List.copyOf(listMarkers);
    }

    /** The rules shipped with Pledgegraph. */
    static LayoutRules standard() {
        return DEFAULT;
    }

    static LayoutRules load(String resource) {
        return build(DataFile.read(LayoutRules.class, resource));
    }

    static LayoutRules parse(String name, List<String> lines) {
        return build(DataFile.parse(name, lines));
    }

    private static LayoutRules build(List<DataFile.Row> rows) {
        Builder b = new Builder();
        for (DataFile.Row row : rows) {
            List<String> cols = row.fields();
            if (cols.size() != 2 || cols.get(1).isEmpty()) {
                throw row.error("expected KIND<TAB>VALUE, got: " + row.text());
            }
            try {
                b.add(cols.get(0), cols.get(1));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return b.build();
    }

    private static final class Builder {
        private final Set<String> headings = new HashSet<>();
        private final List<String> headingSuffixes = new ArrayList<>();
        private final List<Pattern> headingPatterns = new ArrayList<>();
        private final List<Pattern> headingPrefixes = new ArrayList<>();
        private final List<String> headingStopwords = new ArrayList<>();
        private final List<String> titleEndings = new ArrayList<>();
        private final List<Pattern> titleDrops = new ArrayList<>();
        private final List<Pattern> pageMarkers = new ArrayList<>();
        private final List<Pattern> pageNumbers = new ArrayList<>();
        private final List<String> breadcrumbSeparators = new ArrayList<>();
        private final List<Pattern> datelines = new ArrayList<>();
        private final List<Pattern> dateLines = new ArrayList<>();
        private final List<Pattern> listMarkers = new ArrayList<>();

        void add(String kind, String value) {
            switch (kind) {
                case "heading" -> headings.add(value);
                case "heading-suffix" -> headingSuffixes.add(value);
                case "heading-pattern" -> headingPatterns.add(Pattern.compile(value));
                case "heading-prefix" -> headingPrefixes.add(Pattern.compile(value));
                case "heading-not" -> headingStopwords.add(value);
                case "title-ending" -> titleEndings.add(value);
                case "title-drop" -> titleDrops.add(Pattern.compile("(?:" + value + ")$"));
                case "page-marker" -> pageMarkers.add(Pattern.compile(value));
                case "page-number" -> pageNumbers.add(Pattern.compile(value));
                case "breadcrumb-separator" -> breadcrumbSeparators.add(value);
                case "dateline" -> datelines.add(Pattern.compile(value));
                case "date-line" -> dateLines.add(Pattern.compile(value));
                case "list-marker" -> listMarkers.add(Pattern.compile(value));
                default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
            }
        }

        LayoutRules build() {
            return new LayoutRules(headings, headingSuffixes, headingPatterns, headingPrefixes,
                    headingStopwords, titleEndings, titleDrops,
                    pageMarkers, pageNumbers, breadcrumbSeparators, datelines, dateLines, listMarkers);
        }
    }
}
