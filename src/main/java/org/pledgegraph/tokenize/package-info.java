/** Word segmentation and part-of-speech tagging: HanLP behind our own {@link org.pledgegraph.tokenize.Token}. */
package org.pledgegraph.tokenize;
