package org.pledgegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        try (InputStream in = Predicates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": missing from the classpath");
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads rows word TAB kind TAB role; '#' starts a comment line. */
    static Predicates parse(InputStream in, String name) throws IOException {
        Predicates p = new Predicates();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (!line.isBlank() && !line.startsWith("#")) {
                p.add(line, name + ":" + n);
            }
        }
        return p;
    }

    private void add(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[0].isBlank()) {
            throw new IllegalArgumentException(where + ": expected word<TAB>kind<TAB>role, got '" + line + "'");
        }
        Role role;
        try {
            role = Role.parse(f[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown role '" + f[2] + "'", e);
        }
        String word = f[0].trim();
        if (VERB_ROLES.contains(role)) {
            kinds.put(word, kind(f[1], where));
        } else if (!f[1].trim().equals("-")) {
            throw new IllegalArgumentException(where + ": role " + f[2] + " takes no kind, got '" + f[1] + "'");
        }
        roles.computeIfAbsent(word, w -> EnumSet.noneOf(Role.class)).add(role);
    }

    private static Kind kind(String s, String where) {
        try {
            return Kind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown kind '" + s + "'", e);
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

    /** Words HanLP should keep whole, with their tag: predicates as v, adverbs as d (two or more characters). */
    Map<String, String> dictionary() {
        Map<String, String> d = new HashMap<>();
        roles.forEach((word, rs) -> {
            if (word.length() < 2 || rs.contains(Role.NOTVERB) || word.startsWith("不")) {
                return;
            }
            if (rs.stream().anyMatch(VERB_ROLES::contains)) {
                d.put(word, "v");
            } else if (rs.contains(Role.ADVERB) || rs.contains(Role.NEGATOR)) {
                d.put(word, "d");
            }
        });
        return d;
    }
}
