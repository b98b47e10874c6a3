package org.pledgegraph.instrument;

import java.util.List;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.lexicon.ActorMention;

/**
 * Agreements and treaties named without 《》 after two parties the actor lexicon knows, any states or
 * organisations: 阿塞拜疆共和国和亚美尼亚共和国和平与建立国家间关系条约, 欧洲联盟和越南社会主义共和国自由贸易协定.
 * The words between the second party and the head must be a short run of Chinese holding no other party and
 * none of the words of name-breakers.tsv (老挝和柬埔寨将签署边境协定 names nothing).
 */
final class BetweenParties {
    private static final String FILE = "name-breakers.tsv";
    /** What joins the two parties. */
    private static final String JOINS = "和与同—、";
    private static final int MIN_MIDDLE = 2;
    private static final int MAX_MIDDLE = 16;

    private final Parties parties;
    private final List<String> heads;
    private final RequiredWords required;
    private final List<String> breakers;

    private BetweenParties(Parties parties, List<String> heads, List<String> breakers) {
        this.parties = parties;
        this.heads = List.copyOf(heads);
        this.required = RequiredWords.anyOf(heads);
        this.breakers = List.copyOf(breakers);
    }

    /** {@code heads}: the head words of agreements and treaties (协定, 条约 …). */
    static BetweenParties load(Parties parties, List<String> heads) {
        List<String> breakers = DataFile.read(BetweenParties.class, FILE).stream().map(r -> r.field(0)).toList();
        return new BetweenParties(parties, heads, breakers);
    }

    /** Adds the names found in text that overlap nothing found so far. */
    void find(String text, List<Mention> found) {
        if (!required.mayMatch(text)) {
            return;
        }
        List<ActorMention> actors = null;
        for (String head : heads) {
            for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) {
                if (actors == null) {
                    actors = parties.singleActors(text);
                }
                int begin = begin(text, actors, h);
                if (begin >= 0 && MentionFinder.free(found, begin, h + head.length())) {
                    found.add(Mention.named(begin, h + head.length(), text.substring(begin, h + head.length())));
                }
            }
        }
    }

    /** Where the name ending in the head at h begins (the first party), or -1 if no two parties open it. */
    private int begin(String text, List<ActorMention> actors, int h) {
        for (int i = actors.size() - 1; i >= 1; i--) {
            ActorMention second = actors.get(i);
            if (second.end() > h) {
                continue;
            }
            ActorMention first = actors.get(i - 1);
            boolean joined = second.begin() - first.end() == 1 && JOINS.indexOf(text.charAt(first.end())) >= 0;
            return joined && isNameMiddle(text.substring(second.end(), h)) ? first.begin() : -1;
        }
        return -1;
    }

    private boolean isNameMiddle(String middle) {
        return middle.length() >= MIN_MIDDLE && middle.length() <= MAX_MIDDLE
                && middle.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && breakers.stream().noneMatch(middle::contains);
    }
}
