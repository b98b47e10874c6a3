package org.pledgegraph.instrument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One well-known instrument of gazetteer.tsv.
 *
 * @param key            its stable key
 * @param title          canonical Chinese title
 * @param aliases        other Chinese names, recognised anywhere
 * @param contextAliases short names (全面协议) recognised only once the instrument was named in the document
 * @param english        English name first, then abbreviations (NPT), recognised in the text too
 * @param type           instrument type
 * @param signed         ISO signing date, where sure
 * @param place          signing place, where sure
 * @param wikidata       QID, only from the project's verified list
 * @param source         where its data was checked
 */
record GazetteerEntry(String key, String title, List<String> aliases, List<String> contextAliases,
                      List<String> english, String type, Optional<String> signed, Optional<String> place,
                      Optional<String> wikidata, String source) {
    GazetteerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        aliases = List.copyOf(aliases);
        contextAliases = List.copyOf(contextAliases);
        english = List.copyOf(english);
    }
}
