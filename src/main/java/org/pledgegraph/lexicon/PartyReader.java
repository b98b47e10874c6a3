package org.pledgegraph.lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Unit;

/**
 * Reads the parties of a document: from its title (the part before 关于, or after the last 的 in a
 * title that opens with 关于), else from the preamble
 * sentence that names them (……（以下简称“双方”）, 甲和乙，本着……), else from an opening sentence
 * that names exactly two states. A group with known members stands for its members.
 */
final class PartyReader {
    private static final int OPENING_UNITS = 6;
    private static final List<String> DEFINES_PARTIES = List.of("以下简称", "以下称", "下称");
    /** What may stand between the names in a list of parties: 中华人民共和国政府和法兰西共和国政府. */
    private static final Pattern LIST_GLUE = Pattern.compile("(?:和|与|同|及|、|—|-|政府|国家|领导人)*");

    private final Catalog catalog;

    PartyReader(Catalog catalog) {
        this.catalog = catalog;
    }

    List<Actor> read(Document doc) {
        List<Actor> preamble = fromPreamble(doc.units());
        List<Actor> title = fromTitle(doc.title(), preamble);
        List<Actor> parties;
        if (title.isEmpty()) {
            parties = preamble.isEmpty() ? fromOpening(doc.units()) : preamble;
        } else if (title.size() == 1 && preamble.size() > 1 && preamble.containsAll(title)) {
            parties = preamble; // a title that names one side only (中华人民共和国和某国联合声明, 某国 unknown)
        } else if (title.size() == 1 && preamble.isEmpty() && openingNames(doc.units(), title)) {
            parties = openingStates(doc.units()); // 中国—某地区国家……联合声明, the states named in the first sentence
        } else {
            parties = title;
        }
        return expand(parties, doc.date());
    }

    private List<Actor> fromTitle(String title, List<Actor> context) {
        int about = title.indexOf("关于");
        if (about == 0) {
            return named(title.substring(title.lastIndexOf('的') + 1), context);
        }
        return named(about > 0 ? title.substring(0, about) : title, context);
    }

    private List<Actor> fromPreamble(List<Unit> units) {
        for (Unit unit : opening(units)) {
            int defines = definesParties(unit.plain());
            if (defines >= 0) {
                String before = unit.plain().substring(0, defines);
                List<Actor> parties = named(before.substring(before.lastIndexOf('，') + 1), List.of());
                if (!parties.isEmpty()) {
                    return parties;
                }
            }
        }
        for (Unit unit : opening(units)) {
            List<Actor> parties = partyList(unit.plain());
            if (parties.size() >= 2) {
                return parties;
            }
        }
        return List.of();
    }

    /** Where the bracket that says "hereafter called" opens, or -1; not for an instrument (以下简称《条约》). */
    private static int definesParties(String plain) {
        for (String marker : DEFINES_PARTIES) {
            int at = plain.indexOf(marker);
            boolean instrument = at >= 0 && plain.startsWith("《", at + marker.length());
            if (at >= 0 && !instrument) {
                int bracket = Math.max(plain.lastIndexOf('（', at), plain.lastIndexOf('(', at));
                return bracket >= 0 ? bracket : at;
            }
        }
        return -1;
    }

    /** The parties of a sentence that opens with a bare list of them: 甲和乙，本着…… */
    private List<Actor> partyList(String plain) {
        int comma = plain.indexOf('，');
        String head = comma >= 0 ? plain.substring(0, comma) : plain;
        List<ActorMention> mentions = new MentionFinder(catalog, List.of(), head).find();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (ActorMention m : mentions) {
            rest.append(head, at, m.begin());
            at = m.end();
        }
        rest.append(head.substring(at));
        return LIST_GLUE.matcher(rest).matches() ? named(head, List.of()) : List.of();
    }

    /** Two states named in the first sentence (应甲国总统邀请，乙国主席……), as a last resort. */
    private List<Actor> fromOpening(List<Unit> units) {
        List<Actor> states = openingStates(units);
        return states.size() == 2 ? states : List.of();
    }

    /** True if the first sentence names other states besides the title's one side. */
    private boolean openingNames(List<Unit> units, List<Actor> title) {
        List<Actor> states = openingStates(units);
        return states.size() > 1 && states.containsAll(title);
    }

    /** The states named in the first sentence, in order. */
    private List<Actor> openingStates(List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return named(units.get(0).plain(), List.of()).stream().filter(a -> a.type() == ActorType.STATE).toList();
    }

    /** The distinct actors that can be parties named in a text, in order; bare collectives (双方) do not count. */
    private List<Actor> named(String text, List<Actor> context) {
        Set<Actor> found = new LinkedHashSet<>();
        for (ActorMention m : new MentionFinder(catalog, context, text).find()) {
            if (m.collective() && catalog.collectives.containsKey(m.surface())) {
                continue;
            }
            m.actors().stream().filter(a -> catalog.partyCapable.contains(a.id())).forEach(found::add);
        }
        return List.copyOf(found);
    }

    private List<Actor> expand(List<Actor> parties, Optional<LocalDate> date) {
        Set<Actor> expanded = new LinkedHashSet<>();
        for (Actor party : parties) {
            List<Catalog.Membership> members = catalog.members.get(party.id());
            if (members == null) {
                expanded.add(party);
                continue;
            }
            for (Catalog.Membership m : members) {
                if (date.isEmpty() || m.since() <= date.get().getYear()) {
                    expanded.add(catalog.actors.get(m.code()));
                }
            }
        }
        return List.copyOf(expanded);
    }

    private static List<Unit> opening(List<Unit> units) {
        return new ArrayList<>(units.subList(0, Math.min(OPENING_UNITS, units.size())));
    }
}
