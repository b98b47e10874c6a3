package org.pledgegraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds actor mentions in one normalised text for one document: collects every candidate at
 * every offset, then keeps the longest ones that do not overlap.
 */
final class MentionFinder {
    /**
     * What a candidate is; at equal length the lower rank wins. A party's own X方 (南方 in a
     * China-South Africa statement, 西方 in a China-Spain one) beats a blocked common word.
     */
    private enum Kind { NAME, COLLECTIVE, PARTY_X_FANG, BLOCK, X_FANG, CHAIN }

    private record Candidate(int begin, int end, Kind kind, List<Actor> actors, boolean collective) {
        int length() {
            return end - begin;
        }
    }

    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparing(Candidate::kind).thenComparingInt(Candidate::begin);

    private final Catalog catalog;
    private final PartyContext context;
    private final String text;

    MentionFinder(Catalog catalog, List<Actor> parties, String text) {
        this(catalog, new PartyContext(catalog, parties), text);
    }

    MentionFinder(Catalog catalog, PartyContext context, String text) {
        this.catalog = catalog;
        this.context = context;
        this.text = text;
    }

    List<ActorMention> find() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            collect(i, candidates);
        }
        candidates.sort(PRIORITY);
        boolean[] taken = new boolean[text.length()];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (free(taken, c)) {
                for (int i = c.begin(); i < c.end(); i++) {
                    taken[i] = true;
                }
                kept.add(c);
            }
        }
        return kept.stream().filter(c -> c.kind() != Kind.BLOCK)
                .sorted(Comparator.comparingInt(Candidate::begin))
                .map(c -> new ActorMention(c.begin(), c.end(), text.substring(c.begin(), c.end()), c.actors(),
                        c.collective()))
                .toList();
    }

    private static boolean free(boolean[] taken, Candidate c) {
        for (int i = c.begin(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private void collect(int begin, List<Candidate> out) {
        SurfaceTrie.Node node = catalog.surfaces.start(text.charAt(begin));
        for (int end = begin + 1; node != null; end++) {
            if (node.surface() != null) {
                surface(begin, end, node.surface(), out);
            }
            node = end < text.length() ? node.next(text.charAt(end)) : null;
        }
        xFang(begin).ifPresent(out::add);
        chain(begin).ifPresent(out::add);
    }

    /** The candidates of a catalog surface {@code s} found at begin..end. */
    private void surface(int begin, int end, String s, List<Candidate> out) {
        boolean collective = catalog.isCollective(s, context.parties().size());
        List<Actor> named = catalog.names.get(s);
        if (named != null && !collective && !insideForeignName(begin, end)) {
            Actor actor = context.choose(named);
            out.add(new Candidate(begin, formalEnd(actor, end), Kind.NAME, speakers(actor), false));
        }
        Actor stem = catalog.stems.get(s);
        if (stem != null && formalEnd(stem, end) > end) {
            out.add(new Candidate(begin, formalEnd(stem, end), Kind.NAME, List.of(stem), false));
        }
        if (collective) {
            out.add(new Candidate(begin, end, Kind.COLLECTIVE, context.parties(), true));
        }
        if (catalog.blocks.contains(s)) {
            out.add(new Candidate(begin, end, Kind.BLOCK, List.of(), false));
        }
    }

    /**
     * 中亚国家 in a statement between China and the five Central Asian states: a group all of whose
     * founding members are parties of the document names its members among the parties; any other actor itself.
     */
    private List<Actor> speakers(Actor actor) {
        List<Catalog.Membership> members = catalog.members.getOrDefault(actor.id(), List.of());
        Set<String> founders = new LinkedHashSet<>();
        members.stream().filter(m -> m.since() == 0).forEach(m -> founders.add(m.code()));
        if (actor.type() != ActorType.GROUP || founders.size() < 2) {
            return List.of(actor);
        }
        Set<String> all = new LinkedHashSet<>();
        members.forEach(m -> all.add(m.code()));
        List<Actor> named = context.parties().stream().filter(p -> p.code().filter(all::contains).isPresent()).toList();
        long founding = named.stream().filter(p -> founders.contains(p.code().get())).count();
        return founding == founders.size() ? named : List.of(actor);
    }

    /** A two-character name between transliteration characters is part of a person's name (埃马纽埃尔). */
    private boolean insideForeignName(int begin, int end) {
        return end - begin == 2 && begin > 0 && end < text.length()
                && transliterated(text.charAt(begin - 1)) && transliterated(text.charAt(end));
    }

    private boolean transliterated(char c) {
        return c == '·' || catalog.transliteration.contains(c);
    }

    /** A formal name goes on past the short name: 巴基斯坦|伊斯兰共和国, 俄罗斯|联邦. */
    private int formalEnd(Actor actor, int end) {
        if (actor.type() != ActorType.STATE || end >= text.length()) {
            return end;
        }
        Matcher m = catalog.formalTail.matcher(text).region(end, text.length());
        return m.lookingAt() ? m.end() : end;
    }

    /** 中方, 巴方: an abbreviation character and 方. */
    private Optional<Candidate> xFang(int begin) {
        if (begin + 1 >= text.length() || text.charAt(begin + 1) != '方') {
            return Optional.empty();
        }
        return context.abbreviation(text.charAt(begin))
                .map(a -> new Candidate(begin, begin + 2,
                        partyOverBlock(begin, a) ? Kind.PARTY_X_FANG : Kind.X_FANG, List.of(a), false));
    }

    /** 南方 is blocked as "the south" but names South Africa when it is a party (only the very same word). */
    private boolean partyOverBlock(int begin, Actor actor) {
        return context.parties().contains(actor) && catalog.blocks.contains(text.substring(begin, begin + 2));
    }

    /**
     * 中俄, 中法, 中俄印, 中、俄、印: two or more abbreviations in a row, with a collective after it
     * (中俄双方, 中法两国) joined in; collective only if it names exactly the parties (not 俄美两国
     * in a China-Russia statement).
     */
    private Optional<Candidate> chain(int begin) {
        if (context.abbreviation(text.charAt(begin)).isEmpty()) {
            return Optional.empty();
        }
        Set<Actor> actors = new LinkedHashSet<>();
        int end = begin;
        while (end < text.length()) {
            int at = end > begin && text.charAt(end) == '、' && end + 1 < text.length() ? end + 1 : end;
            Optional<Actor> next = context.abbreviation(text.charAt(at));
            if (next.isEmpty() || !actors.add(next.get())) {
                break;
            }
            end = at + 1;
        }
        if (actors.size() < 2) {
            return Optional.empty();
        }
        int collectiveEnd = collectiveAt(end, actors.size());
        boolean ofParties = collectiveEnd > end && Set.copyOf(context.parties()).equals(actors);
        return Optional.of(new Candidate(begin, collectiveEnd, Kind.CHAIN, List.copyOf(actors), ofParties));
    }

    private int collectiveAt(int begin, int members) {
        int found = begin;
        SurfaceTrie.Node node = begin < text.length() ? catalog.surfaces.start(text.charAt(begin)) : null;
        for (int end = begin + 1; node != null; end++) {
            if (node.surface() != null && catalog.isCollective(node.surface(), members)) {
                found = end;
            }
            node = end < text.length() ? node.next(text.charAt(end)) : null;
        }
        return found;
    }
}
