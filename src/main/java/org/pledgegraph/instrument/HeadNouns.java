package org.pledgegraph.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pledgegraph.data.DataFile;

/** The head nouns of heads.tsv: does a title name an instrument, and of which type. */
final class HeadNouns {
    private static final String FILE = "heads.tsv";
    private final List<Head> bySuffixLength;
    private final Map<String, Head> byWord;
    private final List<String> anaphorWords;
    private final List<String> words;
    private final List<String> afterTitle;
    private final Set<String> types;

    private HeadNouns(List<Head> heads, List<String> afterTitle) {
        this.bySuffixLength = heads.stream().sorted(Comparator.comparingInt((Head h) -> h.word().length()).reversed())
                .toList();
        this.byWord = heads.stream().collect(Collectors.toMap(Head::word, Function.identity()));
        this.anaphorWords = bySuffixLength.stream().filter(Head::anaphor).map(Head::word).toList();
        this.words = bySuffixLength.stream().map(Head::word).toList();
        this.afterTitle = List.copyOf(afterTitle);
        this.types = heads.stream().flatMap(h -> java.util.stream.Stream.concat(java.util.stream.Stream.of(h.type()),
                h.compatible().stream())).collect(Collectors.toUnmodifiableSet());
    }

    static HeadNouns load() {
        List<DataFile.Row> rows = DataFile.atLeast(4, DataFile.read(HeadNouns.class, FILE));
        List<String> afterTitle = rows.stream().filter(HeadNouns::afterTitle).map(r -> r.field(0)).toList();
        return new HeadNouns(rows.stream().map(HeadNouns::head).toList(), afterTitle);
    }

    private static boolean afterTitle(DataFile.Row row) {
        String flag = row.optional(4);
        if (!flag.isEmpty() && !flag.equals("yes") && !flag.equals("no")) {
            throw row.error("after-title column must be yes, no or empty: " + flag);
        }
        return flag.equals("yes");
    }

    private static Head head(DataFile.Row row) {
        String anaphor = row.field(2);
        if (!anaphor.equals("yes") && !anaphor.equals("no")) {
            throw row.error("anaphor column must be yes or no: " + anaphor);
        }
        return new Head(row.field(0), row.field(1), anaphor.equals("yes"), Set.of(row.field(3).split(",")));
    }

    /** The head a title ends with (a trailing period （2018—2024年） ignored), if it names an instrument. */
    Optional<Head> headOf(String title) {
        String t = Titles.withoutPeriod(title);
        return bySuffixLength.stream().filter(h -> t.endsWith(h.word())).findFirst();
    }

    /** The head if the word is exactly an anaphoric head (公约, 条约 …). */
    Optional<Head> anaphor(String word) {
        Head h = byWord.get(word);
        return h != null && h.anaphor() ? Optional.of(h) : Optional.empty();
    }

    /** The anaphoric heads, longest first, for building patterns. */
    List<String> anaphorWords() {
        return anaphorWords;
    }

    /** Heads that, written right after a 《title》, name a document made on it (《……协定》修正案). */
    List<String> afterTitle() {
        return afterTitle;
    }

    /** Every instrument type the heads give or accept. */
    Set<String> types() {
        return types;
    }

    /** All head words, longest first. */
    List<String> words() {
        return words;
    }
}
