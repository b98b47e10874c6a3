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
    /** Words before a month-day without a year that shift the document year (去年6月 → year - 1). */
    private static final String[] YEAR_SHIFTS = {"前年", "去年", "今年", "本年", "明年", "后年"};
    private static final int[] SHIFTS = {-2, -1, 0, 0, 1, 2};

    private final List<String> titleNouns;
    private final RelativeTimes relativeTimes;
    private final TargetFinder targetFinder;

    public DateFinder() {
        this.titleNouns = Rules.words(TITLE_NOUNS);
        this.relativeTimes = new RelativeTimes();
        this.targetFinder = new TargetFinder(this);
    }

    /** Every calendar date the text states, normalised and typed, in order. documentYear may be empty. */
    public List<DateValue> find(String plain, OptionalInt documentYear) {
        TitleSpans titles = new TitleSpans(plain, titleNouns);
        List<DateValue> dates = new ArrayList<>();
        for (List<List<DatePart>> chain : DateScanner.chains(plain)) {
            List<WrittenDate> written = ChainResolver.resolve(chain);
            if (written.isEmpty() || excluded(written, titles)) {
                continue;
            }
            for (WrittenDate w : written) {
                w.value(yearFor(plain, w, documentYear)).ifPresent(dates::add);
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
        return written.stream().allMatch(WrittenDate::yearOnly) && titles.partOfName(start, end);
    }

    private static OptionalInt yearFor(String plain, WrittenDate w, OptionalInt documentYear) {
        if (w.year() != 0 || documentYear.isEmpty()) {
            return documentYear;
        }
        for (int k = 0; k < YEAR_SHIFTS.length; k++) {
            if (plain.startsWith(YEAR_SHIFTS[k], w.start() - YEAR_SHIFTS[k].length())) {
                return OptionalInt.of(documentYear.getAsInt() + SHIFTS[k]);
            }
        }
        return documentYear;
    }
}
