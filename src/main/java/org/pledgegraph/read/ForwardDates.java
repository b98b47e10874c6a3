package org.pledgegraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.data.DataFile;

/**
 * Whether a written date is a forward one (forward-markers.tsv): a start (自2024年1月起), a deadline
 * (到2025年) or a plan (将于2024年3月), which states when something will be, not when the text was written,
 * so it does not date the document (DocumentDates, time.DocumentYear). Immutable after construction.
 */
public final class ForwardDates {
    private static final String FILE = "forward-markers.tsv";
    /** The written date at an offset: its year, month, day and a part of the month (2024年1月上旬). */
    private static final Pattern WRITTEN = Pattern.compile("[\\d０-９〇零一二三四五六七八九]{4}\\s*年"
            + "(?:\\s*[\\d０-９一二三四五六七八九十]{1,2}\\s*月)?(?:\\s*[\\d０-９一二三四五六七八九十]{1,3}\\s*[日号])?"
            + "(?:初|底|末|中旬|上旬|下旬)?");

    private static final ForwardDates STANDARD = new ForwardDates();

    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();

    /** The markers shipped with Pledgegraph, read once. */
    public static ForwardDates standard() {
        return STANDARD;
    }

    private ForwardDates() {
        for (DataFile.Row row : DataFile.atLeast(2, DataFile.read(ForwardDates.class, FILE))) {
            switch (row.field(0)) {
                case "before" -> before.add(row.field(1));
                case "after" -> after.add(row.field(1));
                default -> throw row.error("side must be before or after: " + row.field(0));
            }
        }
    }

    /** True if the date written at offset {@code at} of text is marked as a forward one. */
    public boolean forward(String text, int at) {
        for (String w : before) {
            if (at >= w.length() && text.startsWith(w, at - w.length())) {
                return true;
            }
        }
        Matcher m = WRITTEN.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        for (String w : after) {
            if (text.startsWith(w, m.end())) {
                return true;
            }
        }
        return false;
    }
}
