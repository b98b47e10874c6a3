package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.lexicon.ActorMention;

/** Names of parties: those of parties.tsv for the actors of events (美国宣布退出), the actor lexicon for titles. */
final class Parties {
    private static final String FILE = "parties.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    /** What may stand between two parties at the head of a title: an office, then 和, 与, 同 or 、. */
    private static final Pattern GAP = Pattern.compile("|(?:主席|总统|总理|政府首脑|政府|国王|元首)?(?:和|与|同|、)");

    private final Map<String, Party> byName;
    private final ActorLexicon lexicon;
    private final List<String> full;
    private final String abbreviations;

    private Parties(Map<String, Party> byName, ActorLexicon lexicon) {
        this.byName = byName;
        this.lexicon = lexicon;
        this.full = byName.keySet().stream().filter(n -> n.length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.abbreviations = byName.keySet().stream().filter(n -> n.length() == 1).collect(Collectors.joining());
    }

    static Parties load() {
        return new Parties(DataFile.atLeast(3, DataFile.read(Parties.class, FILE)).stream().collect(Collectors.toMap(r -> r.field(0), Parties::party,
                (a, b) -> a)), ActorLexicon.load());
    }

    private static Party party(DataFile.Row row) {
        String code = row.field(2);
        if (!code.equals("-") && !CODE.matcher(code).matches()) {
            throw row.error("bad ISO 3166-1 alpha-3 code " + code);
        }
        return new Party(row.field(1), code.equals("-") ? Optional.empty() : Optional.of(code));
    }

    /** A regex for a run of two or three one-character party names (中俄, 苏美). */
    String abbreviationRun() {
        return "[" + abbreviations + "]{2,3}";
    }

    /** A regex alternation of every full name, longest first, and X方 names. */
    String actorPattern() {
        return String.join("|", full) + "|[" + abbreviations + "]方";
    }

    /** A regex alternation of every full name, longest first. */
    String fullNamePattern() {
        return String.join("|", full);
    }

    /** The party named by a full name or X方, if known. */
    Optional<Party> byName(String name) {
        String n = name.endsWith("方") ? name.substring(0, name.length() - 1) : name;
        return Optional.ofNullable(byName.get(n));
    }

    /** The mentions of one state or organisation in text (not 双方, 两国 nor groups), in text order. */
    List<ActorMention> singleActors(String text) {
        return lexicon.mentions(text, List.of()).stream().filter(m -> !m.collective() && m.actors().size() == 1
                && m.actors().get(0).type() != org.pledgegraph.lexicon.ActorType.GROUP).toList();
    }

    /**
     * The parties a title opens with, as the actor lexicon reads them: 苏美关于……, 中华人民共和国和
     * 俄罗斯联邦……, 中华人民共和国主席和俄罗斯联邦总统关于……; none if fewer than two.
     */
    List<Party> ofTitle(String title) {
        List<Party> found = new ArrayList<>();
        int at = 0;
        for (ActorMention m : lexicon.mentions(title, List.of())) {
            if (!GAP.matcher(title.substring(at, m.begin())).matches() || found.isEmpty() && m.begin() > 0) {
                break;
            }
            m.actors().forEach(a -> found.add(new Party(a.labelZh(), a.code())));
            at = m.end();
        }
        return found.size() >= 2 ? found.stream().distinct().toList() : List.of();
    }
}
