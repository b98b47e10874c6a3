package org.pledgegraph.instrument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable keys for instruments not in the gazetteer: their type and a hash of their canonical title. */
final class Keys {
    private Keys() {
    }

    /** e.g. {@code plan-3f2a9c1b7d} for a plan; the same title always gives the same key. */
    static String of(String type, String title) {
        String slug = type.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(Titles.norm(title).getBytes(StandardCharsets.UTF_8));
            return (slug.isEmpty() ? "instrument" : slug) + "-" + HexFormat.of().formatHex(h).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
