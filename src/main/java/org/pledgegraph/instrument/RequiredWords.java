package org.pledgegraph.instrument;

import java.util.Collection;
import java.util.List;

/**
 * A quick and exact test to run before a costly regex: every match of the regex contains one of
 * these words, so a text containing none of them cannot match and the regex need not scan it.
 * Words that are not plain letters and digits (which a regex would read as syntax) make the
 * test always pass, so it can never hide a match.
 */
final class RequiredWords {
    private final List<String> words;

    private RequiredWords(List<String> words) {
        this.words = words;
    }

    /** The test for a regex each of whose matches contains at least one of {@code words} as it is written. */
    static RequiredWords anyOf(Collection<String> words) {
        boolean plain = !words.isEmpty() && words.stream().allMatch(RequiredWords::plain);
        return new RequiredWords(plain ? List.copyOf(words) : null);
    }

    private static boolean plain(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isLetterOrDigit);
    }

    /** False only if {@code text} contains none of the words (so the regex has no match in it). */
    boolean mayMatch(String text) {
        if (words == null) {
            return true;
        }
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
