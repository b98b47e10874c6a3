package org.pledgegraph.lexicon;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Everything the lexicon knows, read once from the JDK and the data files; immutable. */
final class Catalog {
    /** A member state of a group, from a year on (0: from the start). */
    record Membership(String code, int since) {
    }

    /** {@link #collectives} value of a word that needs three or more parties (各方). */
    static final int THREE_OR_MORE = -1;

    final Map<String, Actor> actors;
    final Map<String, List<Actor>> names;
    /** Short names without their final 国 (孟加拉国 → 孟加拉), found only with a formal tail. */
    final Map<String, Actor> stems;
    final Map<Character, List<Actor>> abbreviations;
    final Map<String, List<Membership>> members;
    final Set<String> partyCapable;
    /** Collective words and how many parties they need: 0 any, THREE_OR_MORE, else exactly. */
    final Map<String, Integer> collectives;
    final Set<String> blocks;
    final Set<Character> transliteration;
    /** What may follow a short name in a formal name: modifiers, then a state head. */
    final Pattern formalTail;
    /** Every name, stem, collective and blocked word in a trie: a scan stops at the first text that begins none. */
    final SurfaceTrie surfaces;
    /** The keys of {@link #abbreviations} as a bit per character. */
    private final BitSet abbreviating = new BitSet();

    Catalog(CatalogLoader loaded) {
        actors = Collections.unmodifiableMap(new LinkedHashMap<>(loaded.actors));
        names = copy(loaded.names);
        stems = Map.copyOf(loaded.stems);
        abbreviations = copy(loaded.abbreviations);
        members = copy(loaded.members);
        partyCapable = Set.copyOf(loaded.partyCapable);
        collectives = Map.copyOf(loaded.collectives);
        blocks = Set.copyOf(loaded.blocks);
        transliteration = Set.copyOf(loaded.transliteration);
        formalTail = loaded.formalTail;
        surfaces = new SurfaceTrie(loaded.surfaces);
        abbreviations.keySet().forEach(c -> abbreviating.set(c));
    }

    /** True if {@code c} is a common abbreviation (a key of {@link #abbreviations}). */
    boolean abbreviates(char c) {
        return abbreviating.get(c);
    }

    static Catalog load() {
        return new CatalogLoader().load();
    }

    private static <K, V> Map<K, List<V>> copy(Map<K, List<V>> map) {
        return map.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** True if a word names a set of this many parties together (双方 any; 各方 three or more; 三方 three). */
    boolean isCollective(String word, int parties) {
        Integer needs = collectives.get(word);
        if (needs == null) {
            return false;
        }
        return needs == 0 || needs == THREE_OR_MORE && parties >= 3 || needs == parties;
    }

    Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }
}
