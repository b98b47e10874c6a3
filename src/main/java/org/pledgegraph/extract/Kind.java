package org.pledgegraph.extract;

/** The kind of stance a statement takes (GUIDELINES section 3). Names match the pg: IRIs. */
public enum Kind {
    Undertaking, Support, Opposition, Appeal, Position, Concern
}
