package org.pledgegraph.read;

import java.util.List;
import java.util.regex.Pattern;

/** Cleans a title line: drops （全文） and the like, and 《》 around the whole title. */
final class Titles {
    private Titles() {
    }

    static String clean(String compact, LayoutRules rules) {
        String t = compact;
        for (Pattern drop : rules.titleDrops()) {
            t = drop.matcher(t).replaceFirst("");
        }
        if (t.startsWith("《") && t.endsWith("》") && t.indexOf('》') == t.length() - 1) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** The title spread over {@code lines} (a title may be wrapped over two lines). */
    static String join(List<Line> lines, LayoutRules rules) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.compact());
        }
        return clean(sb.toString(), rules);
    }
}
