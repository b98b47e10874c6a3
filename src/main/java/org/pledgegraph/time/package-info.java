/**
 * The time stage: calendar dates a unit states ({@link org.pledgegraph.time.DateFinder#find}),
 * relative times resolved against the document date, and quantified targets. Rules are data files
 * in resources under org/pledgegraph/time/.
 */
package org.pledgegraph.time;
