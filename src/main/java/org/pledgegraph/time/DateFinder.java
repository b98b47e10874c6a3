package org.pledgegraph.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the calendar dates a text states (GUIDELINES section 4), its relative times and its
 * quantified targets. Immutable and thread-safe: build one and share it.
 */
public final class DateFinder {
    private static final String TITLE_NOUNS = "title-nouns.txt";
    private static final String NOT_IN_NAMES = "not-in-names.txt";
    /** Words before a month-day without a year that shift the document year (去年6月 → year - 1). */
    private static final String[] YEAR_SHIFTS = {"前年", "去年", "今年", "本年", "明年", "后年"};
    private static final int[] SHIFTS = {-2, -1, 0, 0, 1, 2};
    /** Words before a month-day without a year that make it the year last written (同年6月). */
    private static final String[] SAME_YEAR = {"同年", "当年"};
    /** Words before a month-day that make it recur, not a date (每年6月5日). */
    private static final String[] RECURRING = {"每年", "每月"};

    private final List<String> titleNouns;
    private final List<String> notInNames;
    private final RelativeTimes relativeTimes;
    private final TargetFinder targetFinder;

    public DateFinder() {
        this.titleNouns = Rules.words(TITLE_NOUNS);
        this.notInNames = Rules.words(NOT_IN_NAMES);
        this.relativeTimes = new RelativeTimes();
        this.targetFinder = new TargetFinder(this);
    }

    /** Every calendar date the text states, normalised and typed, in order. documentYear may be empty. */
    public List<DateValue> find(String plain, OptionalInt documentYear) {
        TitleSpans titles = new TitleSpans(plain, titleNouns, notInNames);
        List<DateValue> dates = new ArrayList<>();
        OptionalInt lastYear = OptionalInt.empty();
        for (List<List<DatePart>> chain : DateScanner.chains(plain)) {
            List<WrittenDate> written = ChainResolver.resolve(chain);
            if (written.isEmpty() || excluded(written, titles) || after(plain, written.get(0), RECURRING)) {
                continue;
            }
            OptionalInt assumed = assumedYear(plain, written.get(0), documentYear, lastYear);
            for (WrittenDate w : written) {
                WrittenDate dated = w.year() == 0 && assumed.isPresent() ? w.withYear(assumed.getAsInt()) : w;
                Optional<DateValue> value = dated.value(documentYear);
                value.ifPresent(dates::add);
                if (value.isPresent()) {
                    lastYear = OptionalInt.of(Integer.parseInt(value.get().lexical().substring(0, 4)));
                }
            }
        }
        return List.copyOf(dates);
    }

    /** Relative times (年内, 明年, 今后五年, 本世纪中叶, 到2025年前 …) resolved against the document date. */
    public List<RelativeTime> relative(String plain, Optional<LocalDate> documentDate) {
        return relativeTimes.find(plain, documentDate);
    }

    /** Quantified targets (实现2020年相互留学交流10万人目标 → 100000, year 2020; 贸易额达到2000亿美元). */
    public List<Target> targets(String plain) {
        return targetFinder.find(plain);
    }

    private static boolean excluded(List<WrittenDate> written, TitleSpans titles) {
        int start = written.get(0).start();
        int end = written.get(written.size() - 1).end();
        if (titles.insideBookTitle(start)) {
            return true;
        }
        return written.stream().allMatch(WrittenDate::yearOnly) && titles.partOfName(start, end, written.size() > 1);
    }

    /**
     * The year of a chain that starts without one, from the word before it: 去年11月 → the
     * document year - 1, 同年6月 → the year last written. Empty if there is no such word.
     */
    private static OptionalInt assumedYear(String plain, WrittenDate first, OptionalInt documentYear,
                                           OptionalInt lastYear) {
        if (first.year() != 0) {
            return OptionalInt.empty();
        }
        if (after(plain, first, SAME_YEAR)) {
            return lastYear.isPresent() ? lastYear : documentYear;
        }
        for (int k = 0; k < YEAR_SHIFTS.length && documentYear.isPresent(); k++) {
            if (after(plain, first, YEAR_SHIFTS[k])) {
                return OptionalInt.of(documentYear.getAsInt() + SHIFTS[k]);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean after(String plain, WrittenDate date, String... words) {
        for (String word : words) {
            if (plain.startsWith(word, date.start() - word.length())) {
                return true;
            }
        }
        return false;
    }
}
