/**
 * Domains of a unit (GUIDELINES section 6): its top-level {@link org.pledgegraph.domain.Area}
 * from the section heading or the document title ({@link org.pledgegraph.domain.AreaClassifier})
 * and its finer topics ({@link org.pledgegraph.domain.TopicTagger}); terms are data files.
 */
package org.pledgegraph.domain;
