package org.pledgegraph.instrument;

import java.util.regex.Pattern;
import org.pledgegraph.Sha256;

/** Stable keys for instruments not in the gazetteer: their type and a hash of their canonical title. */
final class Keys {
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");

    private Keys() {
    }

    /** e.g. {@code plan-3f2a9c1b7d} for a plan; the same title always gives the same key. */
    static String of(String type, String title) {
        String slug = EDGE_DASH.matcher(NOT_SLUG.matcher(type.toLowerCase()).replaceAll("-")).replaceAll("");
        return (slug.isEmpty() ? "instrument" : slug) + "-" + Sha256.hex(Titles.norm(title)).substring(0, 10);
    }
}
