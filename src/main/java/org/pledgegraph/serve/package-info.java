/**
 * The SPARQL server: embedded Fuseki main over the store, with a query timeout and the Fuseki web
 * UI, bound to the loopback interface unless told otherwise; read-only unless updates are allowed
 * for one user with a password ({@link org.pledgegraph.serve.WriteAccess}). Beside the dataset it
 * serves a Chinese full-text index ({@link org.pledgegraph.serve.ChineseTextIndex}), the saved
 * queries as a service at {@code /queries} and the explorer page at {@code /explore/}
 * ({@link org.pledgegraph.serve.Explorer}).
 */
package org.pledgegraph.serve;
