package org.pledgegraph.time;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.time.DatePart.Unit;

/**
 * Turns a chain of pieces into dates: a bare number takes its unit from what follows
 * (2018—2020年: 2018 is a year; 6月5-7日: 5 is a day), and a later end of a range takes the
 * coarser parts it omits from the earlier end (2019年6月5日至7日: 7日 is 2019-06-07).
 */
final class ChainResolver {
    private ChainResolver() {
    }

    static List<WrittenDate> resolve(List<List<DatePart>> chain) {
        List<List<DatePart>> pieces = typeBareNumbers(chain);
        List<WrittenDate> dates = new ArrayList<>();
        Map<Unit, Integer> previous = new EnumMap<>(Unit.class);
        for (List<DatePart> piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            Map<Unit, Integer> own = new EnumMap<>(Unit.class);
            piece.forEach(p -> own.put(p.unit(), (int) p.value()));
            Unit top = piece.get(0).unit();
            for (Unit u : Unit.values()) {
                if (u.ordinal() < top.ordinal() && previous.containsKey(u)) {
                    own.put(u, previous.get(u));
                }
            }
            DatePart last = piece.get(piece.size() - 1);
            dates.add(new WrittenDate(own.getOrDefault(Unit.YEAR, 0), own.getOrDefault(Unit.MONTH, 0),
                    own.getOrDefault(Unit.DAY, 0), piece.get(0).start(), last.end()));
            previous = own;
        }
        return dates;
    }

    /** Gives each bare number the unit the next piece shows; drops those it cannot type. */
    private static List<List<DatePart>> typeBareNumbers(List<List<DatePart>> chain) {
        List<List<DatePart>> out = new ArrayList<>();
        Unit next = Unit.BARE;
        for (int k = chain.size() - 1; k >= 0; k--) {
            List<DatePart> piece = new ArrayList<>(chain.get(k));
            int lastIndex = piece.size() - 1;
            DatePart last = piece.get(lastIndex);
            if (last.unit() == Unit.BARE) {
                Unit unit = lastIndex == 0 ? next : piece.get(lastIndex - 1).unit().finer();
                DatePart typed = last.as(unit);
                if (unit == Unit.BARE || unit != next || !typed.valid()) {
                    piece.remove(lastIndex);
                } else {
                    piece.set(lastIndex, typed);
                }
            }
            out.add(0, piece);
            next = piece.isEmpty() ? Unit.BARE : piece.get(0).unit();
        }
        return out;
    }
}
