package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.RequiredLetters;

/** Numbered documents named in running text (numbered.tsv): 联合国安理会第2231号决议, 联大第2758号决议, 联合国大会第77/7号决议. */
final class Numbered {
    private static final String FILE = "numbered.tsv";
    /** Conjunctions after which a number alone names another document of the same series (第78/265号决议和第78/311号决议). */
    private static final String CONJUNCTIONS = "和|及|以及|与|、|或";

    /**
     * One rule: how the name is written, and the templates of its canonical names. {@code required}: the
     * letters every match contains ({@link RequiredLetters}), so a text lacking one is not scanned;
     * {@code titled}: the canonical title template as a regex, its {n} a group of digits (77 or 77/7);
     * {@code next}: a conjunction and the first document-local alias (第{n}号决议), which right after a match
     * names another document of the same series; null without such an alias.
     */
    record Rule(Pattern pattern, String title, String key, String type, List<String> aliases, List<String> local,
                String english, String required, Pattern titled, Pattern next) {
        Rule(Pattern pattern, String title, String key, String type, List<String> aliases, List<String> local,
             String english) {
            this(pattern, title, key, type, aliases, local, english, RequiredLetters.of(pattern.pattern()),
                    Pattern.compile(numbered(title, "(\\d+(?:/\\d+)?)")), next(local));
        }

        private static Pattern next(List<String> local) {
            return local.stream().filter(l -> l.contains("{n}")).findFirst()
                    .map(l -> Pattern.compile("(?:" + CONJUNCTIONS + ")(?<conj>)" + numbered(l, "(?<n>\\d+(?:/\\d+)?)")))
                    .orElse(null);
        }

        private static String numbered(String template, String group) {
            return Pattern.quote(template).replace("{n}", "\\E" + group + "\\Q");
        }
    }

    /** A numbered document as a rule names it. */
    record Name(String title, String key, String type, List<String> aliases, List<String> local, String english) {
    }

    private final List<Rule> rules;

    private Numbered(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Numbered load() {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Row row : DataFile.atLeast(7, DataFile.read(Numbered.class, FILE))) {
            try {
                rules.add(new Rule(Pattern.compile(row.field(0)), row.field(1), row.field(2), row.field(3), row.list(4),
                        row.list(5), row.field(6)));
            } catch (PatternSyntaxException e) {
                throw row.error("bad regex: " + e.getDescription());
            }
            if (!row.field(0).contains("(?<n>")) {
                throw row.error("the regex needs a group (?<n>…) for the number");
            }
        }
        return new Numbered(rules);
    }

    /** Adds the numbered documents of text that overlap nothing found so far, by canonical title. */
    void find(String text, List<Mention> found) {
        for (Rule r : rules) {
            if (!RequiredLetters.allIn(r.required(), text)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (MentionFinder.free(found, m.start(), m.end())) {
                    found.add(Mention.named(m.start(), m.end(), r.title().replace("{n}", m.group("n"))));
                    following(r, text, m.end(), found);
                }
            }
        }
    }

    /** 第78/265号决议和第78/311号决议、第78/312号决议: the numbers alone after a conjunction, same series. */
    private static void following(Rule r, String text, int from, List<Mention> found) {
        if (r.next() == null) {
            return;
        }
        Matcher n = r.next().matcher(text).region(from, text.length());
        n.useTransparentBounds(true);
        while (n.lookingAt() && MentionFinder.free(found, n.end("conj"), n.end())) {
            found.add(Mention.named(n.end("conj"), n.end(), r.title().replace("{n}", n.group("n"))));
            n.region(n.end(), text.length());
        }
    }

    /** The names of a canonical title one of the rules gives (联合国安理会第2231号决议), if any. */
    Optional<Name> of(String title) {
        for (Rule r : rules) {
            Matcher m = r.titled().matcher(title);
            if (m.matches()) {
                String n = m.group(1);
                String key = r.key().replace("{n}", n.replace('/', '-'));
                return Optional.of(new Name(title, key, r.type(), fill(r.aliases(), n), fill(r.local(), n),
                        r.english().replace("{n}", n)));
            }
        }
        return Optional.empty();
    }

    private static List<String> fill(List<String> templates, String n) {
        return templates.stream().map(t -> t.replace("{n}", n)).toList();
    }
}
