package org.pledgegraph.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A name of an instrument found in a unit, before it is linked to an instrument.
 *
 * @param begin   offset in the unit text
 * @param end     end offset (exclusive)
 * @param name    the title or name as written, title marks removed; for an anaphor its head word
 * @param anaphor the head if the mention only refers back (《公约》, 该条约, 条约当事方)
 * @param article the article cited right after it (第二十五条), if any
 * @param defined names the text defines for it right after (（《中导条约》）, （NPT）)
 * @param short_  a short name (航天合作大纲) the mention itself implies, if any
 * @param prefixed the title with the parties written before it (中俄《睦邻友好合作条约》 → 中俄睦邻友好合作条约),
 *                to look up before the title itself
 * @param count   how many instruments an anaphor refers back to (上述两份文件: 2); 1 otherwise
 */
record Mention(int begin, int end, String name, Optional<Head> anaphor, Optional<String> article,
               List<String> defined, Optional<String> short_, Optional<String> prefixed, int count) {
    Mention {
        Objects.requireNonNull(name, "name");
        defined = List.copyOf(defined);
        if (count < 1) {
            throw new IllegalArgumentException("count < 1: " + count);
        }
    }

    Mention(int begin, int end, String name, Optional<Head> anaphor, Optional<String> article,
            List<String> defined, Optional<String> short_, Optional<String> prefixed) {
        this(begin, end, name, anaphor, article, defined, short_, prefixed, 1);
    }

    static Mention named(int begin, int end, String name) {
        return new Mention(begin, end, name, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    static Mention anaphor(int begin, int end, Head head) {
        return anaphor(begin, end, head, 1);
    }

    static Mention anaphor(int begin, int end, Head head, int count) {
        return new Mention(begin, end, head.word(), Optional.of(head), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), count);
    }

    boolean overlaps(int b, int e) {
        return b < end && begin < e;
    }
}
