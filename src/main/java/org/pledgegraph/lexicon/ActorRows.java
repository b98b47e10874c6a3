package org.pledgegraph.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.data.DataFile;

/** Reads the rows of {@code actors.tsv}: id, type, code, zh names, en label, QID, party, members. */
final class ActorRows {
    private ActorRows() {
    }

    static Actor actor(DataFile.Row row) {
        ActorType type;
        try {
            type = ActorType.valueOf(row.field(1));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown type '" + row.field(1) + "' (STATE, ORGANISATION, GROUP)");
        }
        Optional<String> code = optional(row.field(2));
        Optional<String> qid = optional(row.field(5));
        qid.ifPresent(q -> StateTable.checkQid(row, q));
        String label = row.field(3).split("\\|")[0];
        try {
            return new Actor(row.field(0), type, code, label, row.field(4), qid);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    static boolean party(DataFile.Row row) {
        return switch (row.field(6)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error("party must be yes or no: " + row.field(6));
        };
    }

    static List<Catalog.Membership> members(DataFile.Row row, Set<String> known) {
        List<Catalog.Membership> members = new ArrayList<>();
        for (String item : row.field(7).split(",")) {
            String[] parts = item.trim().split("@");
            if (!known.contains(parts[0])) {
                throw row.error("unknown member code " + parts[0]);
            }
            try {
                members.add(new Catalog.Membership(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 0));
            } catch (NumberFormatException e) {
                throw row.error("bad member year in " + item);
            }
        }
        return List.copyOf(members);
    }

    private static Optional<String> optional(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }
}
