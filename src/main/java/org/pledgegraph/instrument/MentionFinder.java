package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of instruments in the text of one unit: 《》 titles, quoted “……条约” titles,
 * named documents in running text (安理会第2231号决议, 中俄2018—2022年航天合作大纲, the known
 * names it is given) and anaphors (《公约》, 该条约, 条约当事方). Mentions never overlap; earlier
 * kinds win.
 */
final class MentionFinder {
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇两\\d]+[条章](?:第[一二三四五六七八九十百零〇\\d]+[款项])?");
    private static final Pattern ALIAS = Pattern.compile(
            "^[（(](?:以下简称|下称|简称|以下称)?(?:[《“\"](?<quoted>[^》”\"）)]{1,30})[》”\"]|(?<latin>[A-Z][A-Za-z0-9 .\\-]{1,30}))[）)]");
    /**
     * 《……自由贸易协定》（中智自贸协定）: a short name in bare brackets right after a title; an alias only if it ends
     * in a head of the title's type (not （草案）, （全文）, （2021—2025年））.
     */
    private static final Pattern BARE_ALIAS = Pattern.compile("^[（(](?<bare>\\p{IsHan}{2,20})[）)]");
    private static final Pattern QUALIFIER = Pattern.compile("\\d{4}年[\\p{IsHan}\\d]{0,20}$");
    /** A quoted name long enough not to be a slogan (“中国方案”). */
    private static final Pattern QUOTED = Pattern.compile("“([^”“]{5,60})”");
    private static final Pattern DRAFT = Pattern.compile("(.+?)[（(]?草案[）)]?");

    /** 中日韩自由贸易协定, 中韩投资协定: a run of party abbreviations, a kind of trade agreement, its head. */
    private static final String TRADE_KIND = "(?:全面经济伙伴关系|经济伙伴关系|自由贸易|自贸|投资保护|投资)";

    private final HeadNouns heads;
    private final Anaphora anaphora;
    private final Pattern programme;
    /** 南方共同市场与欧洲联盟贸易协定: an agreement between two named parties, without 《》. */
    private final Pattern between;
    /** Every match of {@link #between} ends with an agreement or treaty head word. */
    private final RequiredWords betweenHeads;
    private final Numbered numbered;
    private final Pattern partyPrefix;
    private final BetweenParties betweenParties;
    /** 《……协定》修正案, 《……议定书》基加利修正案: a document made on the instrument, named after it. */
    private final Pattern afterTitle;

    MentionFinder(HeadNouns heads, Anaphora anaphora, Parties parties, Numbered numbered) {
        this.numbered = numbered;
        this.partyPrefix = Pattern.compile(parties.abbreviationRun() + "$");
        this.heads = heads;
        this.anaphora = anaphora;
        this.afterTitle = Pattern.compile("^[\\p{IsHan}&&[^的和与及、]]{0,4}?(?:" + String.join("|", heads.afterTitle()) + ")");
        List<String> agreementWords = heads.words().stream().filter(w -> heads.headOf(w).filter(h -> h.type().equals("agreement")
                || h.type().equals("treaty")).isPresent()).toList();
        String agreements = String.join("|", agreementWords);
        this.betweenHeads = RequiredWords.anyOf(agreementWords);
        this.betweenParties = BetweenParties.load(parties, agreementWords);
        this.between = Pattern.compile("(?:" + parties.fullNamePattern() + ")[与和同—]"
                + "(?:" + parties.fullNamePattern() + ")[\\p{IsHan}&&[^的与和及、]]{0,10}?(?:" + agreements + ")"
                + "|" + parties.abbreviationRun() + TRADE_KIND + "(?:" + agreements + ")");
        this.programme = Pattern.compile("(?:" + parties.abbreviationRun() + "|两国)?\\d{4}\\s*[—–\\-－至]\\s*\\d{4}年"
                + "(?<short>[\\p{IsHan}]{2,12}?(?:" + String.join("|", heads.words()) + "))");
    }

    /** The mentions of a unit's (plain) text; {@code names} are where known names occur, longest first. */
    List<Mention> find(String text, List<NameTrie.Hit> names) {
        return find(text, written(text), names, true);
    }

    /**
     * The mentions that depend on the text alone (titles, quoted titles, numbered documents, programmes,
     * agreements between parties), the first kinds {@link #find(String, List, List, boolean)} adds; a caller
     * that reads one text twice computes them once.
     */
    List<Mention> written(String text) {
        List<Mention> found = new ArrayList<>();
        titles(text, found);
        quoted(text, found);
        numbered.find(text, found);
        programmes(text, found);
        between(text, found);
        betweenParties.find(text, found);
        return List.copyOf(found);
    }

    /**
     * The mentions of text, in text order: {@code written} ({@link #written(String)} of text), then the
     * known names that overlap none of them, then (if {@code anaphors}) the anaphors that overlap nothing.
     * Anaphors come last, so leaving them out leaves every other mention as it is.
     */
    List<Mention> find(String text, List<Mention> written, List<NameTrie.Hit> names, boolean anaphors) {
        List<Mention> found = new ArrayList<>(written);
        knownNames(text, names, found);
        if (anaphors) {
            anaphora.find(text, heads, found);
        }
        found.sort(Comparator.comparingInt(Mention::begin));
        return found;
    }

    private void titles(String text, List<Mention> found) {
        for (int i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
            int close = closing(text, i);
            if (close < 0) {
                return;
            }
            String inner = Titles.canonical(text.substring(i + 1, close));
            if (free(found, i, close + 1)) {
                title(text, i, close + 1, inner, found);
            }
            i = close;
        }
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '《') {
                depth++;
            } else if (c == '》' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    private void title(String text, int begin, int end, String inner, List<Mention> found) {
        Optional<Head> anaphor = heads.anaphor(inner);
        if (anaphor.isPresent()) {
            found.add(Mention.anaphor(begin, end, anaphor.get()));
            return;
        }
        Matcher draft = DRAFT.matcher(inner);
        if (draft.matches() && heads.headOf(draft.group(1)).isPresent()) {
            inner = draft.group(1);
        }
        String rest = text.substring(end);
        Optional<String> article = match(ARTICLE, rest).map(Matcher::group);
        List<String> defined = new ArrayList<>();
        int last = end;
        Optional<Alias> alias = article.isPresent() ? Optional.empty() : alias(rest, inner);
        if (alias.isPresent()) {
            defined.add(alias.get().name());
            last = end + alias.get().length();
        }
        int first = begin;
        String name = inner;
        if (heads.words().contains(inner)) {
            Matcher q = QUALIFIER.matcher(text.substring(0, begin));
            if (q.find()) {
                first = q.start();
                name = q.group() + inner;
            }
        }
        Matcher p = partyPrefix.matcher(text.substring(0, first));
        Optional<String> prefixed = p.find() ? Optional.of(p.group() + name) : Optional.empty();
        found.add(new Mention(first, last, name, Optional.empty(), article, defined, Optional.empty(), prefixed));
        if (article.isEmpty() && alias.isEmpty()) {
            madeOn(rest, end, name, found);
        }
    }

    /** 《……协定》修正案: the amendment, a document of its own, named by the title and the words after it. */
    private void madeOn(String rest, int at, String title, List<Mention> found) {
        if (!heads.afterTitle().isEmpty()) {
            match(afterTitle, rest).ifPresent(m -> found.add(Mention.named(at, at + m.end(), title + m.group())));
        }
    }

    /** A name defined in brackets right after a title, and the length of the brackets. */
    private record Alias(String name, int length) {
    }

    private Optional<Alias> alias(String rest, String title) {
        Optional<Matcher> marked = match(ALIAS, rest);
        if (marked.isPresent()) {
            Matcher m = marked.get();
            return Optional.of(new Alias(Titles.canonical(m.group("quoted") != null ? m.group("quoted")
                    : m.group("latin").strip()), m.end()));
        }
        return match(BARE_ALIAS, rest).filter(m -> sameType(m.group("bare"), title))
                .map(m -> new Alias(m.group("bare"), m.end()));
    }

    /** Whether a short name ends in a head of the same instrument type as the title. */
    private boolean sameType(String shortName, String title) {
        Optional<String> type = heads.headOf(shortName).map(Head::type);
        return type.isPresent() && type.equals(heads.headOf(title).map(Head::type));
    }

    private void quoted(String text, List<Mention> found) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = Titles.canonical(m.group(1));
            if (heads.headOf(inner).isPresent() && !heads.words().contains(inner) && free(found, m.start(), m.end())) {
                found.add(Mention.named(m.start(), m.end(), inner));
            }
        }
    }

    private void programmes(String text, List<Mention> found) {
        if (text.indexOf('年') < 0) {
            return;
        }
        Matcher m = programme.matcher(text);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                found.add(new Mention(m.start(), m.end(), m.group().replaceAll("\\s", ""), Optional.empty(),
                        Optional.empty(), List.of(), Optional.of(m.group("short")), Optional.empty()));
            }
        }
    }

    private void between(String text, List<Mention> found) {
        if (!betweenHeads.mayMatch(text)) {
            return;
        }
        Matcher m = between.matcher(text);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                found.add(Mention.named(m.start(), m.end(), m.group()));
            }
        }
    }

    private void knownNames(String text, List<NameTrie.Hit> names, List<Mention> found) {
        for (NameTrie.Hit h : names) {
            if (free(found, h.begin(), h.end()) && latinEdges(text, h.begin(), h.end())) {
                found.add(Mention.named(h.begin(), h.end(), text.substring(h.begin(), h.end())));
            }
        }
    }

    /** A Latin name (NPT) must not be part of a longer Latin word. */
    private static boolean latinEdges(String text, int b, int e) {
        boolean before = b > 0 && latin(text.charAt(b - 1)) && latin(text.charAt(b));
        boolean after = e < text.length() && latin(text.charAt(e)) && latin(text.charAt(e - 1));
        return !before && !after;
    }

    private static boolean latin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static boolean free(List<Mention> found, int b, int e) {
        for (Mention m : found) {
            if (m.overlaps(b, e)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Matcher> match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
