package org.pledgegraph.domain;

/** The six top-level areas of GUIDELINES section 6. Names match the pg: IRIs. */
public enum Area {
    Relations, Political, Security, Economic, PeopleToPeople, International
}
