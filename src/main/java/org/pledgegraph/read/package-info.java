/**
 * Stage 1, read: turns an input file into {@link org.pledgegraph.read.Document}s cut into
 * {@link org.pledgegraph.read.Unit}s.
 *
 * <p>{@link org.pledgegraph.read.SourceReader} decodes a file (BOM, UTF-8, GB18030/GBK, Big5,
 * UTF-16) and rejects what is not Chinese text; {@link org.pledgegraph.read.DocumentReader}
 * rebuilds paragraphs from newspaper or web layout, finds titles, section headings, datelines and
 * page markers (rules in {@code layout.tsv}), splits the file into documents and cuts each into
 * units at 。！？；： and before list markers. Unit offsets point into the decoded source text.
 */
package org.pledgegraph.read;
