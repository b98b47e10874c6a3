/** Validation of an extraction graph against the SHACL shapes of {@code ontology/shapes.ttl}. */
package org.pledgegraph.validate;
