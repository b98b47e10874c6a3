package org.pledgegraph.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.data.RequiredLetters;

/**
 * What a single line may be, by the layout rules: a dropped line (page marker, web page
 * furniture, foreign text), a dateline, a document title or a section heading.
 */
final class LineRules {
    private static final int MAX_TITLE = 80;
    private static final int MIN_TITLE = 6;
    private static final int MAX_TOPIC_HEADING = 12;
    private static final int MAX_NUMBERED_HEADING = 15;
    private static final int MAX_NUMBERED_CLAUSE_HEADING = 30;
    /** A line without Chinese this long or longer is foreign text (a translation), not part of the statement. */
    private static final int MIN_FOREIGN_LINE = 15;
    /** What a breadcrumb line never holds. */
    private static final String SENTENCE_ENDS = "。；！？";

    private final LayoutRules rules;

    LineRules(LayoutRules rules) {
        this.rules = rules;
    }

    LayoutRules rules() {
        return rules;
    }

    /** A page marker or number, a piece of web page furniture, or a long line with no Chinese in it. */
    boolean isDropped(String compact) {
        if (compact.length() >= MIN_FOREIGN_LINE && compact.codePoints().noneMatch(TextChecks::isHan)) {
            return true;
        }
        return isBreadcrumb(compact) || matchesAny(rules.pageMarkers(), compact) || isPageNumber(compact);
    }

    /** A page number of a printed text (— 2 —, 第3页): dropped, and a sentence broken by it runs on across it. */
    boolean isPageNumber(String compact) {
        return matchesAny(rules.pageNumbers(), compact);
    }

    /**
     * Web page navigation (首页 > 新闻 > 正文): no sentence end and two separators or more. Counted rather than
     * matched with a regex, which would read every body line up to its first sentence end, and again backwards.
     */
    boolean isBreadcrumb(String compact) {
        int separators = 0;
        for (String s : rules.breadcrumbSeparators()) {
            for (int i = compact.indexOf(s); i >= 0; i = compact.indexOf(s, i + s.length())) {
                separators++;
            }
        }
        if (separators < 2) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (SENTENCE_ENDS.indexOf(compact.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    boolean isDateline(String compact) {
        return rules.datelines().stream().anyMatch(p -> p.matcher(compact).lookingAt());
    }

    /** A line that is only a date, maybe with a place (2024年5月8日于巴西利亚): a signature, never part of a title. */
    boolean isDateOnly(String compact) {
        return matchesAny(rules.dateLines(), Normalizer.plain(compact));
    }

    /**
     * A line naming a statement (…联合声明), not quoting one (《…》) nor numbered as a list item;
     * read in its normalised form, so a traditional-character title (…聯合聲明) counts.
     */
    boolean isTitle(String compact) {
        String plain = Normalizer.plain(compact);
        if (!holdsAnEndingsLetters(plain)) {
            return false;
        }
        String t = Titles.clean(plain, rules);
        if (t.length() < MIN_TITLE || t.length() > MAX_TITLE || Chars.containsPunctuation(t) || isDateline(t)
                || t.startsWith("《") || startsWithAny(rules.headingPrefixes(), t) || startsWithAny(rules.listMarkers(), t)) {
            return false;
        }
        return rules.titleEndings().stream().anyMatch(t::endsWith);
    }

    /**
     * Cleaning only removes parts of a line, so a line can end in a title ending after cleaning only if it
     * holds every letter of that ending: a line without them need not be cleaned (most body lines).
     */
    private boolean holdsAnEndingsLetters(String plain) {
        for (String ending : rules.titleEndings()) {
            if (RequiredLetters.allIn(ending, plain)) {
                return true;
            }
        }
        return false;
    }

    /** 一 / 二、 / 第三部分 alone, a topic heading (政治合作), or a numbered topic (二、经济合作). */
    boolean isHeading(String compact) {
        if (rules.headings().contains(compact) || matchesAny(rules.headingPatterns(), compact)) {
            return true;
        }
        for (Pattern prefix : rules.headingPrefixes()) {
            Matcher m = prefix.matcher(compact);
            if (m.lookingAt() && m.end() < compact.length()) {
                return isTopic(compact.substring(m.end()), MAX_NUMBERED_HEADING);
            }
        }
        return isTopic(compact, MAX_TOPIC_HEADING)
                && (rules.headings().contains(compact) || rules.headingSuffixes().stream().anyMatch(compact::endsWith));
    }

    /** A short run of Chinese words (、 allowed) naming a topic rather than saying something. */
    private boolean isTopic(String s, int maxLength) {
        if (rules.headings().contains(s)) {
            return true;
        }
        return s.length() <= maxLength && s.codePoints().allMatch(c -> c == '、' || TextChecks.isHan(c))
                && rules.headingStopwords().stream().noneMatch(s::contains);
    }

    private static boolean startsWithAny(List<Pattern> patterns, String s) {
        return patterns.stream().anyMatch(p -> p.matcher(s).lookingAt());
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A numbered line that says no sentence: 一、加强政治对话，促进政治互信. */
    boolean isNumberedHeading(String compact) {
        for (Pattern prefix : rules.headingPrefixes()) {
            Matcher m = prefix.matcher(compact);
            if (m.lookingAt()) {
                String rest = compact.substring(m.end());
                return rest.length() <= MAX_NUMBERED_CLAUSE_HEADING && rest.codePoints().anyMatch(TextChecks::isHan)
                        && rest.chars().noneMatch(c -> Chars.isTerminal((char) c));
            }
        }
        return false;
    }
}
