package org.pledgegraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a document: from its dateline (新华社莫斯科6月5日电), else from a unit that is only a
 * date (the signature: 2019年6月5日于莫斯科, 二〇一九年六月五日), else from a full date in its title.
 * A dateline without a year takes it from a full date with the same month and day in the file
 * (the visit), else from the first full date in the document, else from the first in the file; in
 * the last two, a forward date (自2024年1月1日起, {@link ForwardDates}) does not count.
 */
final class DocumentDates {
    private static final Pattern FULL = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final ForwardDates FORWARD = ForwardDates.standard();

    private final LayoutRules rules;
    private final String fileText;
    private FileDates fileDates;

    DocumentDates(LayoutRules rules, String fileText) {
        this.rules = rules;
        this.fileText = fileText;
    }

    Optional<LocalDate> date(String title, List<Unit> units) {
        for (Unit u : units) {
            Optional<LocalDate> d = fromDateline(u.plain(), units);
            if (d.isPresent()) {
                return d;
            }
        }
        Optional<LocalDate> signed = fromDateLine(units);
        if (signed.isPresent()) {
            return signed;
        }
        Matcher m = FULL.matcher(title);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    /** A unit that is only a date, maybe with a place: 2019年6月5日于莫斯科, 二〇一九年六月五日. */
    private Optional<LocalDate> fromDateLine(List<Unit> units) {
        for (Unit u : units) {
            for (Pattern p : rules.dateLines()) {
                Matcher m = p.matcher(u.plain());
                if (m.matches()) {
                    return of(m.group("y"), m.group("m"), m.group("d"));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> fromDateline(String plain, List<Unit> units) {
        for (Pattern p : rules.datelines()) {
            Matcher m = p.matcher(plain);
            if (m.lookingAt()) {
                String year = m.group("y") != null ? m.group("y") : year(m.group("m"), m.group("d"), units);
                return year == null ? Optional.empty() : of(year, m.group("m"), m.group("d"));
            }
        }
        return Optional.empty();
    }

    private String year(String month, String day, List<Unit> units) {
        FileDates dates = fileDates();
        String same = dates.yearByMonthDay().get(Integer.parseInt(month) * 100 + Integer.parseInt(day));
        if (same != null) {
            return same;
        }
        for (Unit u : units) {
            Matcher inDoc = FULL.matcher(u.plain());
            while (inDoc.find()) {
                if (!FORWARD.forward(u.plain(), inDoc.start())) {
                    return inDoc.group(1);
                }
            }
        }
        return dates.first();
    }

    /** The full dates of the whole file, found once. */
    private record FileDates(Map<Integer, String> yearByMonthDay, String first) {
    }

    private FileDates fileDates() {
        if (fileDates == null) {
            String compact = Chars.compact(fileText, 0, fileText.length());
            Matcher m = FULL.matcher(compact);
            Map<Integer, String> byMonthDay = new HashMap<>();
            String first = null;
            while (m.find()) {
                byMonthDay.putIfAbsent(Integer.parseInt(m.group(2)) * 100 + Integer.parseInt(m.group(3)), m.group(1));
                first = first == null && !FORWARD.forward(compact, m.start()) ? m.group(1) : first;
            }
            fileDates = new FileDates(byMonthDay, first);
        }
        return fileDates;
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(ChineseNumerals.value(y), ChineseNumerals.value(m), ChineseNumerals.value(d)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
