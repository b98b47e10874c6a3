/**
 * The read-only SPARQL server: embedded Fuseki main over the store, with a query timeout and
 * the Fuseki web UI, bound to the loopback interface unless told otherwise.
 */
package org.pledgegraph.serve;
