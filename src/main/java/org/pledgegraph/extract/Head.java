package org.pledgegraph.extract;

import java.util.Optional;

/**
 * The predicate found at the head of a clause.
 *
 * @param index   index of its token
 * @param verb    the verb as written, without a negator
 * @param at      offset of the verb in the unit text
 * @param negated true if a negator stands on it
 * @param kind    the kind its word carries in the lexicon, if any
 * @param modal   true if a modal (将, 愿, 继续) stands before it
 * @param ought   true if 应/应当 stands before it
 */
record Head(int index, String verb, int at, boolean negated, Optional<Kind> kind, boolean modal, boolean ought) {
}
