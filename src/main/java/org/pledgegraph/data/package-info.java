/**
 * The data files of rules that every stage reads: tab-separated rows from classpath resources,
 * {@code #} comment lines and blank lines skipped, each row knowing its file and line so that a
 * bad row fails as {@code file:line: problem} ({@link org.pledgegraph.data.DataFileException}).
 */
package org.pledgegraph.data;
