/**
 * Lexicon stage: who the parties of a statement are and which actor every mention names.
 * Entry point {@link org.pledgegraph.lexicon.ActorLexicon}; states from the JDK's CLDR data,
 * everything else from the tab-separated files in this package's resources.
 */
package org.pledgegraph.lexicon;
