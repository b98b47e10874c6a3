package org.pledgegraph.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.RequiredLetters;

/** Finds relative times by the rules of relative-times.tsv and resolves them. */
final class RelativeTimes {
    private static final String RULES = "relative-times.tsv";
    /** The Chinese digits of {@link #YEAR}. */
    private static final String CHINESE_YEAR_DIGITS = "〇零○一二三四五六七八九";
    static final String YEAR = "([0-9０-９]{4}|[" + CHINESE_YEAR_DIGITS + "]{4})";
    static final String NUMBER = "([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,3})";

    /** {@code {Y}} read as this one letter tells {@link RequiredLetters} whether every match holds a year. */
    private static final String YEAR_LETTER = "Ｙ";

    /**
     * {@code required}: letters every match contains ({@link RequiredLetters}); a text without them is not scanned.
     * {@code year}: every match holds a written year ({Y}), so a text without four digits in a row is not scanned.
     */
    private record Rule(Pattern pattern, String resolution, String required, boolean year) {
    }

    private record Hit(MatchResult match, String resolution) {
    }

    private static final Pattern RESOLUTION = Pattern.compile("doc\\+(\\d+|#)(-\\d\\d)?|year(-\\d\\d)?|century\\+\\d+|plan|month");

    private final List<Rule> rules;

    RelativeTimes() {
        List<Rule> loaded = new ArrayList<>();
        for (DataFile.Row row : Rules.rows(RULES, 2)) {
            String regex = row.field(0).replace("{Y}", YEAR).replace("{N}", NUMBER);
            if (!RESOLUTION.matcher(row.field(1)).matches()) {
                throw row.error("unknown rule " + row.field(1));
            }
            try {
                boolean year = RequiredLetters.of(row.field(0).replace("{Y}", YEAR_LETTER)).contains(YEAR_LETTER);
                loaded.add(new Rule(Pattern.compile(regex), row.field(1), RequiredLetters.of(regex), year));
            } catch (PatternSyntaxException e) {
                throw row.error("bad regex " + row.field(0));
            }
        }
        this.rules = List.copyOf(loaded);
    }

    List<RelativeTime> find(String plain, Optional<LocalDate> documentDate) {
        List<RelativeTime> found = new ArrayList<>();
        int covered = 0;
        for (Hit hit : hits(plain)) {
            MatchResult m = hit.match();
            if (m.start() < covered) {
                continue;
            }
            Optional<RelativeTime> time = resolve(m, hit.resolution(), documentDate);
            if (time.isPresent()) {
                found.add(time.get());
                covered = m.end();
            }
        }
        return List.copyOf(found);
    }

    private List<Hit> hits(String plain) {
        List<Hit> hits = new ArrayList<>();
        boolean writtenYear = hasYear(plain);
        for (Rule rule : rules) {
            if (!RequiredLetters.allIn(rule.required(), plain) || rule.year() && !writtenYear) {
                continue;
            }
            Matcher m = rule.pattern().matcher(plain);
            while (m.find()) {
                if (m.end() > m.start()) {
                    hits.add(new Hit(m.toMatchResult(), rule.resolution()));
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.match().start())
                .thenComparing(h -> h.match().end() - h.match().start(), Comparator.reverseOrder()));
        return hits;
    }

    /** Whether text holds four digits in a row, Arabic or Chinese, as {@link #YEAR} reads a year. */
    static boolean hasYear(String text) {
        int arabic = 0;
        int chinese = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            arabic = (c >= '0' && c <= '9') || (c >= '０' && c <= '９') ? arabic + 1 : 0;
            chinese = CHINESE_YEAR_DIGITS.indexOf(c) >= 0 ? chinese + 1 : 0;
            if (arabic == 4 || chinese == 4) {
                return true;
            }
        }
        return false;
    }

    private static Optional<RelativeTime> resolve(MatchResult m, String rule, Optional<LocalDate> date) {
        String phrase = m.group();
        OptionalInt group = m.groupCount() > 0 && m.group(1) != null
                ? OptionalInt.of((int) Numerals.value(m.group(1))) : OptionalInt.empty();
        String[] parts = rule.split("-", 2);
        String month = parts.length > 1 ? parts[1] : null;
        OptionalInt year = year(parts[0], group, date);
        if (rule.equals("month")) {
            return date.map(d -> new RelativeTime(phrase, m.start(),
                    Numerals.yearMonth(d.getYear(), d.getMonthValue()), DateType.YEAR_MONTH));
        }
        if (year.isEmpty() || year.getAsInt() < 1000 || year.getAsInt() > 2999) {
            return Optional.empty();
        }
        String lexical = month == null ? String.valueOf(year.getAsInt()) : year.getAsInt() + "-" + month;
        return Optional.of(new RelativeTime(phrase, m.start(), lexical, month == null ? DateType.YEAR : DateType.YEAR_MONTH));
    }

    private static OptionalInt year(String base, OptionalInt group, Optional<LocalDate> date) {
        if (base.equals("year")) {
            return group;
        }
        if (base.equals("plan")) {
            return group.isPresent() && group.getAsInt() >= 3 ? OptionalInt.of(1955 + 5 * group.getAsInt()) : OptionalInt.empty();
        }
        if (date.isEmpty() || base.equals("month")) {
            return OptionalInt.empty();
        }
        int docYear = date.get().getYear();
        if (base.startsWith("century+")) {
            return OptionalInt.of(docYear / 100 * 100 + Integer.parseInt(base.substring(8)));
        }
        String offset = base.substring("doc+".length());
        if (offset.equals("#")) {
            return group.isPresent() ? OptionalInt.of(docYear + group.getAsInt()) : OptionalInt.empty();
        }
        return OptionalInt.of(docYear + Integer.parseInt(offset));
    }
}
