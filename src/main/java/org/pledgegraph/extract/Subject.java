package org.pledgegraph.extract;

import java.util.Set;
import org.pledgegraph.lexicon.Actor;

/**
 * Who or what a clause opens with.
 *
 * @param type   what sort of subject it is
 * @param actors the actors named (parties for PARTY and TOPIC)
 * @param next   index of the first token after the subject
 */
record Subject(Type type, Set<Actor> actors, int next) {
    enum Type {
        /** Named parties (双方, 中方, 中俄两国): they speak. */
        PARTY,
        /** A noun phrase about the parties (中俄关系, 中俄安全合作的目标). */
        TOPIC,
        /** Actors that are not parties (美国, 国际社会). */
        OTHER,
        /** Another noun phrase (个别国家, 化学武器, 《公约》). */
        NOUN,
        /** A time or date (2019年是……, 70年来): a fact. */
        TIME,
        /** No subject: the clause opens with its predicate or a frame. */
        NONE
    }
}
