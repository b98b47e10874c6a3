package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Names of parties (parties.tsv), to read the parties of an instrument from its title and actors of events. */
final class Parties {
    private static final String FILE = "parties.tsv";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final String OFFICE = "(?:主席|总统|总理|政府首脑|政府|国王|元首)?";
    private static final String JOIN = "(?:和|与|同|、)";

    private final Map<String, Party> byName;
    private final List<String> full;
    private final String abbreviations;

    private Parties(Map<String, Party> byName) {
        this.byName = byName;
        this.full = byName.keySet().stream().filter(n -> n.length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.abbreviations = byName.keySet().stream().filter(n -> n.length() == 1).collect(Collectors.joining());
    }

    static Parties load() {
        return new Parties(Tsv.read(FILE, 3).stream().collect(Collectors.toMap(r -> r.cell(0), Parties::party,
                (a, b) -> a)));
    }

    private static Party party(Tsv.Row row) {
        String code = row.cell(2);
        if (!code.equals("-") && !CODE.matcher(code).matches()) {
            throw row.error("bad ISO 3166-1 alpha-3 code " + code);
        }
        return new Party(row.cell(1), code.equals("-") ? Optional.empty() : Optional.of(code));
    }

    /** A regex for a run of two or three one-character party names (中俄, 苏美). */
    String abbreviationRun() {
        return "[" + abbreviations + "]{2,3}";
    }

    /** A regex alternation of every full name, longest first, and X方 names. */
    String actorPattern() {
        return String.join("|", full) + "|[" + abbreviations + "]方";
    }

    /** The party named by a full name or X方, if known. */
    Optional<Party> byName(String name) {
        String n = name.endsWith("方") ? name.substring(0, name.length() - 1) : name;
        return Optional.ofNullable(byName.get(n));
    }

    /** The parties a title opens with: 苏美关于……, 中华人民共和国和俄罗斯联邦……; none if fewer than two. */
    List<Party> ofTitle(String title) {
        Matcher run = Pattern.compile("^" + abbreviationRun()).matcher(title);
        List<Party> parties = new ArrayList<>();
        if (run.find() && !startsWithFullName(title)) {
            run.group().chars().mapToObj(c -> byName.get(String.valueOf((char) c))).forEach(parties::add);
        } else {
            fullNames(title, parties);
        }
        return parties.size() >= 2 ? parties.stream().distinct().toList() : List.of();
    }

    private boolean startsWithFullName(String title) {
        return full.stream().anyMatch(title::startsWith);
    }

    private void fullNames(String title, List<Party> parties) {
        Pattern one = Pattern.compile("^(" + String.join("|", full) + ")" + OFFICE);
        String rest = title;
        while (true) {
            Matcher m = one.matcher(rest);
            if (!m.find()) {
                return;
            }
            parties.add(byName.get(m.group(1)));
            rest = rest.substring(m.end());
            Matcher j = Pattern.compile("^" + JOIN).matcher(rest);
            if (!j.find()) {
                return;
            }
            rest = rest.substring(j.end());
        }
    }
}
