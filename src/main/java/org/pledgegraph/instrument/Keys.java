package org.pledgegraph.instrument;

import org.pledgegraph.Sha256;

/** Stable keys for instruments not in the gazetteer: their type and a hash of their canonical title. */
final class Keys {
    private Keys() {
    }

    /** e.g. {@code plan-3f2a9c1b7d} for a plan; the same title always gives the same key. */
    static String of(String type, String title) {
        String slug = type.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "instrument" : slug) + "-" + Sha256.hex(Titles.norm(title)).substring(0, 10);
    }
}
