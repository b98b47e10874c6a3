/**
 * The TDB2 store: one named graph per input file, each replaced in one write transaction, with
 * the union of all graphs as the default graph for queries.
 */
package org.pledgegraph.store;
