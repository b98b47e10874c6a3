package org.pledgegraph.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A mention of one or more actors in a normalised text.
 *
 * @param begin      offset of its first character in the text searched
 * @param end        offset after its last character
 * @param surface    the text at [begin, end)
 * @param actors     the actors it names, resolved against the document's parties; empty only for
 *                   a collective mention in a document whose parties are unknown
 * @param collective true if it names the document's parties together (双方, 两国, 中俄双方)
 */
public record ActorMention(int begin, int end, String surface, List<Actor> actors, boolean collective) {
    public ActorMention {
        Objects.requireNonNull(surface, "surface");
        actors = List.copyOf(actors);
        if (begin < 0 || end <= begin || surface.length() != end - begin) {
            throw new IllegalArgumentException("bad mention [" + begin + ", " + end + ") " + surface);
        }
        if (actors.isEmpty() && !collective) {
            throw new IllegalArgumentException("a mention names at least one actor: " + surface);
        }
    }

    /** The ids of its actors, in order. */
    public List<String> ids() {
        return actors.stream().map(Actor::id).toList();
    }
}
