package org.pledgegraph.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.DataFileException;

/** Finds anaphoric references made with a bare head noun: 该条约, 推动条约早日生效, 条约当事方 (anaphora.tsv). */
final class Anaphora {
    private static final String FILE = "anaphora.tsv";
    private final String determiners;
    /** Words, not regexes: a bare head is an anaphor right after one of them (a plain string test, see {@link #anaphoric}). */
    private final List<String> verbs;
    private final List<String> followers;
    /** The pattern of anaphors, per set of head nouns (there is one in practice). */
    private final Map<List<String>, Pattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per set of head nouns: every anaphor ends with one of them. */
    private final Map<List<String>, RequiredWords> required = new java.util.concurrent.ConcurrentHashMap<>();

    private Anaphora(Map<String, String> roles) {
        this.determiners = roles.get("determiner");
        this.verbs = List.of(roles.get("verb").split("\\|"));
        this.followers = List.of(roles.get("follower").split("\\|"));
    }

    static Anaphora load() {
        List<DataFile.Row> rows = DataFile.atLeast(2, DataFile.read(Anaphora.class, FILE));
        for (DataFile.Row r : rows) {
            if (!List.of("determiner", "verb", "follower").contains(r.field(0))) {
                throw r.error("unknown role " + r.field(0));
            }
            for (String word : r.field(1).split("\\|")) {
                if (word.isEmpty() || !word.chars().allMatch(Character::isLetterOrDigit)) {
                    throw r.error("not a word: '" + word + "' (words of letters, separated by |)");
                }
            }
        }
        Map<String, String> roles = rows.stream().collect(Collectors.toMap(r -> r.field(0), r -> r.field(1), (a, b) -> a + "|" + b));
        if (roles.size() != 3) {
            throw new DataFileException(FILE, 0, "needs the roles determiner, verb and follower");
        }
        return new Anaphora(roles);
    }

    /** Adds to {@code found} the anaphors of text that overlap nothing found so far. */
    void find(String text, HeadNouns heads, List<Mention> found) {
        List<String> anaphorWords = heads.anaphorWords();
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
