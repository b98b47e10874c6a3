package org.pledgegraph.extract;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.data.DataFile;

/** The predicate lexicon: words, their kinds and roles, read from predicates.tsv. */
final class Predicates {
    static final String RESOURCE = "predicates.tsv";
    private static final Set<Role> VERB_ROLES = EnumSet.of(Role.CLAUSE, Role.STANCE, Role.ACTION);

    private final Map<String, Set<Role>> roles = new HashMap<>();
    private final Map<String, Kind> kinds = new HashMap<>();

    private Predicates() {
    }

    /** The lexicon shipped in resources. */
    static Predicates load() {
        return from(DataFile.read(Predicates.class, RESOURCE));
    }

    /** Reads rows word TAB kind TAB role; '#' starts a comment line. */
    static Predicates parse(InputStream in, String name) {
        return from(DataFile.parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                .lines().toList()));
    }

    private static Predicates from(List<DataFile.Row> rows) {
        Predicates p = new Predicates();
        rows.forEach(p::add);
        return p;
    }

    private void add(DataFile.Row row) {
        List<String> f = row.fields();
        if (f.size() != 3 || f.get(0).isBlank()) {
            throw row.error("expected word<TAB>kind<TAB>role, got '" + row.text() + "'");
        }
        Role role;
        try {
            role = Role.parse(f.get(2));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown role '" + f.get(2) + "'");
        }
        String word = f.get(0).trim();
        if (VERB_ROLES.contains(role)) {
            kinds.put(word, kind(f.get(1), row));
        } else if (!f.get(1).trim().equals("-")) {
            throw row.error("role " + f.get(2) + " takes no kind, got '" + f.get(1) + "'");
        }
        roles.computeIfAbsent(word, w -> EnumSet.noneOf(Role.class)).add(role);
    }

    private static Kind kind(String s, DataFile.Row row) {
        try {
            return Kind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw row.error("unknown kind '" + s + "'");
        }
    }

    boolean is(String word, Role role) {
        Set<Role> r = roles.get(word);
        return r != null && r.contains(role);
    }

    /** True for a word that is a predicate (clause-taking, stance or action). */
    boolean isPredicate(String word) {
        Set<Role> r = roles.get(word);
        return r != null && r.stream().anyMatch(VERB_ROLES::contains);
    }

    Optional<Kind> kind(String word) {
        return Optional.ofNullable(kinds.get(word));
    }

    /** Words HanLP should keep whole, with their tag: nouns as n, predicates as v, adverbs as d (two or more characters). */
    Map<String, String> dictionary() {
        Map<String, String> d = new HashMap<>();
        roles.forEach((word, rs) -> {
            if (word.length() < 2 || rs.contains(Role.NOTVERB) || word.startsWith("不")) {
                return;
            }
            if (rs.contains(Role.NOUN)) {
                d.put(word, "n");
            } else if (rs.stream().anyMatch(VERB_ROLES::contains)) {
                d.put(word, "v");
            } else if (rs.contains(Role.ADVERB) || rs.contains(Role.NEGATOR)) {
                d.put(word, "d");
            }
        });
        return d;
    }
}
