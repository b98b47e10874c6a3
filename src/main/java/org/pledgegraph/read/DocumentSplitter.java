package org.pledgegraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits the classified lines of a file into documents at their title lines. If no complete
 * sentence comes before the first title, titles precede their bodies (web pages); otherwise each
 * title closes the body above it (newspaper pages, where the title line follows the text).
 */
final class DocumentSplitter {
    /** One document's title lines (maybe none) and its body lines and headings. */
    record Part(List<Line> title, List<Line> lines) {
    }

    private DocumentSplitter() {
    }

    /**
     * The documents of a file.
     *
     * @param lines    the classified lines of the file
     * @param dateline tells a dateline, the only part of a page kept from above a leading title
     */
    static List<Part> split(List<Line> lines, Predicate<Line> dateline) {
        List<List<Line>> titles = new ArrayList<>();
        List<List<Line>> bodies = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        bodies.add(body);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() != Line.Kind.TITLE) {
                body.add(line);
                continue;
            }
            List<Line> title = new ArrayList<>();
            while (i < lines.size() && lines.get(i).kind() == Line.Kind.TITLE) {
                title.add(lines.get(i++));
            }
            i--;
            titles.add(title);
            body = new ArrayList<>();
            bodies.add(body);
        }
        return titlesFirst(bodies.get(0)) ? leading(titles, bodies, dateline) : trailing(titles, bodies);
    }

    /** Titles come first if the text before the first one holds no complete sentence. */
    private static boolean titlesFirst(List<Line> before) {
        for (Line l : before) {
            if (l.kind() == Line.Kind.BODY && l.compact().chars().anyMatch(c -> Chars.isSentenceEnd((char) c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Title k heads bodies[k+1]. Of bodies[0], the page above the first title (site navigation,
     * bylines), only a dateline is kept, for the first document.
     */
    private static List<Part> leading(List<List<Line>> titles, List<List<Line>> bodies, Predicate<Line> dateline) {
        List<Part> parts = new ArrayList<>();
        if (titles.isEmpty()) {
            parts.add(new Part(List.of(), bodies.get(0)));
            return parts;
        }
        for (int k = 0; k < titles.size(); k++) {
            List<Line> lines = new ArrayList<>(k == 0 ? bodies.get(0).stream().filter(dateline).toList() : List.of());
            lines.addAll(bodies.get(k + 1));
            parts.add(new Part(titles.get(k), lines));
        }
        return parts;
    }

    /** Title k closes bodies[k]; text after the last title is a document without title. */
    private static List<Part> trailing(List<List<Line>> titles, List<List<Line>> bodies) {
        List<Part> parts = new ArrayList<>();
        for (int k = 0; k < bodies.size(); k++) {
            parts.add(new Part(k < titles.size() ? titles.get(k) : List.of(), bodies.get(k)));
        }
        return parts;
    }
}
