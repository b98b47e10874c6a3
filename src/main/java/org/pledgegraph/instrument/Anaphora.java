package org.pledgegraph.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.DataFileException;

/**
 * Finds anaphoric references made with a bare head noun: 该条约, 推动条约早日生效, 条约当事方; and counted ones
 * that refer back to several instruments: 上述两份文件, 这两项协定 (anaphora.tsv).
 */
final class Anaphora {
    private static final String FILE = "anaphora.tsv";
    private static final List<String> ROLES = List.of("determiner", "verb", "follower", "counted", "count",
            "classifier", "generic");
    /** The counts of the {@code count} words: 两 and 二 are two, 三 three … */
    private static final String DIGITS = "二三四五六七八九";
    private final String determiners;
    /** Words, not regexes: a bare head is an anaphor right after one of them (a plain string test, see {@link #anaphoric}). */
    private final List<String> verbs;
    private final List<String> followers;
    /** A counted anaphor without its head: 上述两份, 这两项. */
    private final String countedPrefix;
    /** Words that name a document of any type (文件). */
    private final List<String> generic;
    /** The pattern of anaphors, per set of head nouns (there is one in practice). */
    private final Map<List<String>, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();
    /** The pattern of counted anaphors, per set of head nouns. */
    private final Map<List<String>, Pattern> countedPatterns = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per set of head nouns: every anaphor ends with one of them. */
    private final Map<List<String>, RequiredWords> required = new java.util.concurrent.ConcurrentHashMap<>();

    private Anaphora(Map<String, String> roles) {
        this.determiners = roles.get("determiner");
        this.verbs = List.of(roles.get("verb").split("\\|"));
        this.followers = List.of(roles.get("follower").split("\\|"));
        this.generic = List.of(roles.get("generic").split("\\|"));
        this.countedPrefix = "(?:" + roles.get("counted") + ")(?<n>" + roles.get("count") + ")(?:"
                + roles.get("classifier") + ")?";
    }

    static Anaphora load() {
        List<DataFile.Row> rows = DataFile.atLeast(2, DataFile.read(Anaphora.class, FILE));
        for (DataFile.Row r : rows) {
            if (!ROLES.contains(r.field(0))) {
                throw r.error("unknown role " + r.field(0));
            }
            for (String word : r.field(1).split("\\|")) {
                if (word.isEmpty() || !word.chars().allMatch(Character::isLetterOrDigit)) {
                    throw r.error("not a word: '" + word + "' (words of letters, separated by |)");
                }
                if (r.field(0).equals("count") && !word.equals("两") && DIGITS.indexOf(word) < 0) {
                    throw r.error("not a count: '" + word + "' (两, or one of " + DIGITS + ")");
                }
            }
        }
        Map<String, String> roles = rows.stream().collect(Collectors.toMap(r -> r.field(0), r -> r.field(1), (a, b) -> a + "|" + b));
        if (roles.size() != ROLES.size()) {
            throw new DataFileException(FILE, 0, "needs the roles " + ROLES);
        }
        return new Anaphora(roles);
    }

    /** Adds to {@code found} the anaphors of text that overlap nothing found so far, counted ones first. */
    void find(String text, HeadNouns heads, List<Mention> found) {
        List<String> anaphorWords = heads.anaphorWords();
        counted(text, heads, found);
        if (!required.computeIfAbsent(anaphorWords, RequiredWords::anyOf).mayMatch(text)) {
            return;
        }
        Pattern p = patterns.computeIfAbsent(anaphorWords, words ->
                Pattern.compile("(?<det>" + determiners + ")?(?<head>" + String.join("|", words) + ")"));
        Matcher m = p.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            if (!MentionFinder.free(found, b, e) || !anaphoric(text, m)) {
                continue;
            }
            Optional<Head> head = heads.anaphor(m.group("head"));
            head.ifPresent(h -> found.add(Mention.anaphor(b, e, h)));
        }
    }

    /**
     * 上述两份文件 (two instruments of any type), 这两项协定 (the two most recent agreements); and a generic word
     * after a determiner without a count, 上述文件 (the most recent instrument of any type).
     */
    private void counted(String text, HeadNouns heads, List<Mention> found) {
        Pattern p = countedPatterns.computeIfAbsent(heads.words(), words -> Pattern.compile(countedPrefix + "(?<head>"
                + String.join("|", generic) + "|" + String.join("|", words) + ")|(?:" + determiners + ")(?<generic>"
                + String.join("|", generic) + ")"));
        Matcher m = p.matcher(text);
        while (m.find()) {
            String word = m.group("head") != null ? m.group("head") : m.group("generic");
            Optional<Head> head = generic.contains(word)
                    ? Optional.of(new Head(word, "document", true, heads.types()))
                    : heads.headOf(word).filter(h -> h.word().equals(word));
            if (head.isPresent() && MentionFinder.free(found, m.start(), m.end())) {
                found.add(Mention.anaphor(m.start(), m.end(), head.get(), m.group("n") == null ? 1 : count(m.group("n"))));
            }
        }
    }

    private static int count(String word) {
        return word.equals("两") ? 2 : DIGITS.indexOf(word) + 2;
    }

    private boolean anaphoric(String text, Matcher m) {
        if (m.group("det") != null) {
            return true;
        }
        return anyEndsAt(verbs, text, m.start()) || anyStartsAt(followers, text, m.end()) && !hanBefore(text, m.start());
    }

    private static boolean anyEndsAt(List<String> words, String text, int end) {
        for (String w : words) {
            if (end >= w.length() && text.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyStartsAt(List<String> words, String text, int begin) {
        for (String w : words) {
            if (text.startsWith(w, begin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hanBefore(String text, int at) {
        return at > 0 && Character.UnicodeScript.of(text.codePointBefore(at)) == Character.UnicodeScript.HAN;
    }
}
