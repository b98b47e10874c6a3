package org.pledgegraph.time;

import java.util.List;

/**
 * Where a text names an instrument, so that a period written in the name is not read as a date:
 * inside 《》 (《……规划（2018—2024年）》), and a year or period written as part of a name without
 * 《》: directly before a title noun (中俄2018—2022年航天合作大纲) or in brackets directly after
 * one (……发展规划（2018—2024年）).
 */
final class TitleSpans {
    /** Punctuation that cannot stand in the short name between a year and its title noun. */
    private static final String PUNCTUATION = "，。；：、,;:（）()“”\"《》！？!?";
    /** Characters after a title noun that show it ends a name (not a verb like 计划举办). */
    private static final String AFTER_NAME = "的基框和及与、中内下所等第项实执，。；：,;:）)》”";
    private static final int MAX_NAME = 14;

    private final String text;
    private final List<String> titleNouns;
    private final List<String> notInNames;

    TitleSpans(String text, List<String> titleNouns, List<String> notInNames) {
        this.text = text;
        this.titleNouns = titleNouns;
        this.notInNames = notInNames;
    }

    /** True if the offset lies inside a 《》 title (nested 〈〉 included). */
    boolean insideBookTitle(int at) {
        int depth = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '《' ? 1 : c == '》' ? -1 : 0;
            depth = Math.max(depth, 0);
        }
        return depth > 0 && text.indexOf('》', at) >= 0;
    }

    /**
     * True if the years written in [start, end) belong to an instrument named around them: before
     * a title noun, or (a period of two years or more) in brackets after a title.
     */
    boolean partOfName(int start, int end, boolean period) {
        return beforeTitleNoun(end) || period && bracketedAfterTitle(start, end);
    }

    private boolean beforeTitleNoun(int end) {
        int limit = Math.min(text.length(), end + MAX_NAME);
        for (int i = end; i < limit && mayStandInName(i); i++) {
            for (String noun : titleNouns) {
                if (i - end >= 2 && text.startsWith(noun, i) && endsName(i + noun.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean mayStandInName(int i) {
        char c = text.charAt(i);
        if (PUNCTUATION.indexOf(c) >= 0 || Numerals.arabicDigit(c) >= 0) {
            return false;
        }
        return notInNames.stream().noneMatch(w -> text.startsWith(w, i));
    }

    private boolean endsName(int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return AFTER_NAME.indexOf(c) >= 0 || !Character.isLetter(c);
    }

    private boolean bracketedAfterTitle(int start, int end) {
        boolean open = start > 0 && "（(".indexOf(text.charAt(start - 1)) >= 0;
        boolean close = end < text.length() && "）)".indexOf(text.charAt(end)) >= 0;
        if (!open || !close) {
            return false;
        }
        String before = text.substring(0, start - 1);
        return before.endsWith("》") || titleNouns.stream().anyMatch(before::endsWith);
    }
}
