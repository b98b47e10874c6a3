package org.pledgegraph.domain;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgegraph.data.DataFile;

/**
 * The finer topics a unit touches (energy, space, counter-terrorism …): each topic is marked by
 * Chinese terms, data in {@value #RESOURCE}; a unit touches a topic when its plain text contains
 * one of them. Topic ids are the local names of {@code https://w3id.org/pledgegraph/topic/<id>},
 * concepts of {@code ontology/domains.ttl}.
 */
public final class TopicTagger {
    public static final String RESOURCE = "org/pledgegraph/domain/topics.tsv";
    /** Words after a term that show it is not the matter of the unit (峰会以来, 元首一致认为). */
    public static final String NOT_SUBJECT_AFTER = "org/pledgegraph/domain/not-subject-after.tsv";

    /** A term and the topic it marks. */
    private record Term(String text, String topic) {
    }

    /** Every term, each with its topics in file order: one pass over a text finds them all. */
    private final AhoCorasickDoubleArrayTrie<List<String>> terms = new AhoCorasickDoubleArrayTrie<>();
    private final Set<String> ids;
    private final List<String> notSubjectAfter;

    private TopicTagger(List<Term> terms, List<String> notSubjectAfter) {
        this.notSubjectAfter = List.copyOf(notSubjectAfter);
        TreeMap<String, List<String>> topicsOf = new TreeMap<>();
        terms.forEach(t -> topicsOf.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(t.topic()));
        topicsOf.replaceAll((term, topics) -> List.copyOf(topics));
        this.terms.build(topicsOf);
        Set<String> all = new TreeSet<>();
        terms.forEach(t -> all.add(t.topic()));
        this.ids = Collections.unmodifiableSet(all);
    }

    /** The tagger with the terms of {@value #RESOURCE}. */
    public static TopicTagger load() {
        return load(RESOURCE);
    }

    /** Reads a classpath resource of rows {@code topic-id TAB term TAB term …}. */
    public static TopicTagger load(String resource) {
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DataFile.Row row : DataFile.read(resource)) {
            List<String> f = row.filled();
            if (!f.get(0).matches("[a-z][a-z0-9-]*")) {
                throw row.error("bad topic id '" + f.get(0) + "' (lower-case letters, digits and '-')");
            }
            if (f.size() < 2) {
                throw row.error("topic " + f.get(0) + " has no terms");
            }
            if (!seen.add(f.get(0))) {
                throw row.error("topic " + f.get(0) + " is listed twice");
            }
            f.subList(1, f.size()).forEach(term -> terms.add(new Term(term, f.get(0))));
        }
        List<String> after = DataFile.read(NOT_SUBJECT_AFTER).stream().map(r -> r.field(0)).toList();
        return new TopicTagger(terms, after);
    }

    /**
     * What one pass over a text finds: the ids of the topics whose terms occur in it (sorted), and the
     * topic whose term comes first (the longer term on a tie), if any.
     */
    public record Tags(Set<String> topics, Optional<String> leading) {
        /** The topics, or if there are none, the general topic of {@code area}. */
        public Set<String> topicsOr(Area area) {
            return topics.isEmpty() ? Set.of(generalTopic(area)) : topics;
        }
    }

    /** One occurrence of a term in a text. */
    private record Hit(int begin, int end, String topic) {
    }

    /**
     * The topics of {@code plain} and its leading topic, in one pass. The leading topic is that of the first term
     * (the longer on a tie), or, where further terms follow it without a gap, of the last of them: the head of a
     * Chinese compound is on its right (跨境人口贩运 is about 人口贩运, not 跨境). A term followed by a word of
     * {@value #NOT_SUBJECT_AFTER} (峰会以来: a time; 两国元首一致认为: the speakers) does not lead.
     */
    public Tags tags(String plain) {
        Set<String> found = new TreeSet<>();
        List<Hit> hits = new ArrayList<>();
        terms.parseText(plain, (begin, end, topics) -> {
            found.addAll(topics);
            hits.add(new Hit(begin, end, topics.get(0)));
        });
        Hit lead = null;
        for (Hit h : hits) {
            boolean earlier = lead == null || h.begin() < lead.begin() || h.begin() == lead.begin() && h.end() > lead.end();
            if (earlier && !beforeItsSpeaker(plain, h)) {
                lead = h;
            }
        }
        for (Hit next = after(lead, hits); next != null; next = after(next, hits)) {
            lead = next;
        }
        return new Tags(Collections.unmodifiableSet(found), Optional.ofNullable(lead).map(Hit::topic));
    }

    private boolean beforeItsSpeaker(String plain, Hit h) {
        for (String w : notSubjectAfter) {
            if (plain.startsWith(w, h.end())) {
                return true;
            }
        }
        return false;
    }

    /** The longest term that starts where {@code h} ends (the head of a compound is on its right); null if none. */
    private static Hit after(Hit h, List<Hit> hits) {
        Hit best = null;
        if (h != null) {
            for (Hit o : hits) {
                if (o.begin() == h.end() && (best == null || o.end() > best.end())) {
                    best = o;
                }
            }
        }
        return best;
    }

    /** The ids of the topics whose terms occur in {@code plain}, sorted. */
    public Set<String> topics(String plain) {
        return tags(plain).topics();
    }

    /** The topic whose term comes first in {@code plain} (the longer term on a tie), if any. */
    public Optional<String> leading(String plain) {
        return tags(plain).leading();
    }

    /** The topics of {@code plain}, or if it names none, the general topic of {@code area}. */
    public Set<String> topics(String plain, Area area) {
        return tags(plain).topicsOr(area);
    }

    /** The fallback topic of an area: {@code economic-general} for {@link Area#Economic} … */
    public static String generalTopic(Area area) {
        return switch (area) {
            case PeopleToPeople -> "people-to-people-general";
            default -> area.name().toLowerCase(java.util.Locale.ROOT) + "-general";
        };
    }

    /** The ids of all topics that have terms. */
    public Set<String> ids() {
        return ids;
    }
}
