package org.pledgegraph.instrument;

import java.util.regex.Pattern;

/** Normalising titles so that names compare as the scorer compares them. */
final class Titles {
    private static final Pattern NOISE = Pattern.compile("[\\s《》〈〉“”\"'‘’]");
    private static final Pattern PERIOD = Pattern.compile("[（(]\\d{4}\\s*[—–\\-－~～至]+\\s*\\d{4}\\s*年?[）)]$");

    private Titles() {
    }

    /** The name without whitespace, title marks and quotes: the form names are compared in. */
    static String norm(String name) {
        return NOISE.matcher(name).replaceAll("");
    }

    /** The title without a trailing period （2018—2024年）. */
    static String withoutPeriod(String title) {
        return PERIOD.matcher(title).replaceFirst("");
    }

    /** Nested 〈〉 written as 《》 in a canonical title, outer marks removed. */
    static String canonical(String inner) {
        return inner.replace('〈', '《').replace('〉', '》').replaceAll("\\s", "");
    }
}
