/**
 * Export of the store as RDF: {@link org.pledgegraph.export.RdfFormat} names the syntaxes,
 * {@link org.pledgegraph.export.Exporter} writes a consistent snapshot of the whole store.
 */
package org.pledgegraph.export;
