package org.pledgegraph.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.RequiredLetters;

/** Reads what the words next to a mention say of the instrument (events.tsv): signed, draft, expires … */
final class EventReader {
    private static final String FILE = "events.tsv";
    private static final int WINDOW = 40;
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");

    /**
     * One row of events.tsv. {@code required}: the letters every match contains ({@link RequiredLetters}), so a
     * window without one of them is not scanned (退出, 拒绝批准: most windows).
     */
    private record Rule(EventType type, boolean before, Pattern pattern, String required) {
        Rule(EventType type, boolean before, Pattern pattern) {
            this(type, before, pattern, RequiredLetters.of(pattern.pattern()));
        }
    }

    private final List<Rule> rules;
    private final Parties parties;

    private EventReader(List<Rule> rules, Parties parties) {
        this.rules = rules;
        this.parties = parties;
    }

    static EventReader load(Parties parties) {
        List<Rule> rules = new ArrayList<>();
        for (DataFile.Row row : DataFile.atLeast(3, DataFile.read(EventReader.class, FILE))) {
            rules.add(rule(row, parties));
        }
        return new EventReader(rules, parties);
    }

    private static Rule rule(DataFile.Row row, Parties parties) {
        EventType type;
        try {
            type = EventType.valueOf(row.field(0));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown event " + row.field(0));
        }
        String side = row.field(1);
        if (!side.equals("before") && !side.equals("after")) {
            throw row.error("side must be before or after: " + side);
        }
        try {
            String regex = row.field(2).replace("{ACTOR}", parties.actorPattern());
            return new Rule(type, side.equals("before"), Pattern.compile(regex));
        } catch (IllegalArgumentException e) {
            throw row.error("bad regex: " + e.getMessage());
        }
    }

    /** The events the text states of the instrument mentioned at [begin, end). */
    List<Event> read(String text, int begin, int end) {
        String before = text.substring(Math.max(0, begin - WINDOW), begin);
        String after = text.substring(end, Math.min(text.length(), end + WINDOW));
        List<Event> events = new ArrayList<>();
        if (text.substring(begin, end).contains("草案")) {
            events.add(new Event(EventType.draft, Optional.empty(), Optional.empty(), Optional.empty(), "草案"));
        }
        for (Rule r : rules) {
            String window = r.before() ? before : after;
            if (!RequiredLetters.allIn(r.required(), window)) {
                continue;
            }
            Matcher m = r.pattern().matcher(window);
            if (m.find()) {
                events.add(new Event(r.type(), group(m, "date").map(EventReader::isoDate), group(m, "place"),
                        group(m, "actor").map(a -> parties.byName(a).map(Party::name).orElse(a)), m.group()));
            }
        }
        return events;
    }

    private static Optional<String> group(Matcher m, String name) {
        if (!m.pattern().pattern().contains("?<" + name + ">")) {
            return Optional.empty();
        }
        return Optional.ofNullable(m.group(name));
    }

    /** 2016年6月25日 → 2016-06-25, 2021年2月 → 2021-02, 2001年 → 2001. */
    static String isoDate(String written) {
        Matcher m = DATE.matcher(written);
        if (!m.find()) {
            return written;
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        for (int g = 2; g <= 3 && m.group(g) != null; g++) {
            String twoDigits = m.group(g).length() == 1 ? "0" + m.group(g) : m.group(g);
            iso.append('-').append(twoDigits);
        }
        return iso.toString();
    }
}
