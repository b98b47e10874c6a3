/**
 * Statement extraction: who commits to what in each unit (GUIDELINES section 3).
 *
 * <p>{@link org.pledgegraph.extract.StatementExtractor} tokenises each unit, cuts it into clauses
 * at ，；。, reads each clause's subject from the actor lexicon's mentions and its head predicate
 * past adverbs, modals, negators and frames ({@code HeadFinder}), then applies the sentence rules
 * ({@code SentenceReader}): clause-taking predicates govern the rest of the sentence, coordinated
 * predicates with their own objects are statements of their own, purposes and results are not,
 * unattributed assertions are one Position ({@code Assessment}), 应 with another subject is an
 * Appeal, and lead-ins ending in ： pass party, kind and verb to their items. The words and their
 * kinds and roles are data: {@code predicates.tsv}.
 */
package org.pledgegraph.extract;
