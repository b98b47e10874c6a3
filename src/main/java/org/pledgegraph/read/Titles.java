package org.pledgegraph.read;

import java.util.List;
import java.util.regex.Pattern;

/** Cleans a title line: drops （全文）, a date in brackets, a web site's name after _ and the like. */
final class Titles {
    private Titles() {
    }

    static String clean(String compact, LayoutRules rules) {
        String t = compact;
        for (Pattern drop : rules.titleDrops()) {
            t = drop.matcher(t).replaceFirst("");
        }
        return t;
    }

    /** The title lines as written, whitespace removed (a title may be wrapped over two lines). */
    static String join(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.compact());
        }
        return sb.toString();
    }
}
