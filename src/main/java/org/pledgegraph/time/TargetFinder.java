package org.pledgegraph.time;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds quantified targets: a number with a unit in a clause that sets it as an aim (a trigger
 * word before it, 达到/实现/突破 …, or 目标 after it), with the year the clause sets it for.
 */
final class TargetFinder {
    private static final String AIM = "目标";
    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?";
    private static final String[] MAGNITUDES = {"万亿", "千亿", "百亿", "亿", "千万", "百万", "万", "千", "百"};
    private static final long[] FACTORS = {1_000_000_000_000L, 100_000_000_000L, 10_000_000_000L, 100_000_000L,
        10_000_000L, 1_000_000L, 10_000L, 1_000L, 100L};

    private final DateFinder dates;
    private final List<String> triggers;
    private final Pattern quantity;

    TargetFinder(DateFinder dates) {
        this.dates = dates;
        this.triggers = Rules.words("target-triggers.txt");
        String units = Rules.words("target-units.txt").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.quantity = Pattern.compile("([0-9０-９][0-9０-９,.．]*|[一二两三四五六七八九十百千零〇]+)("
                + String.join("|", MAGNITUDES) + ")?(" + units + ")");
    }

    List<Target> find(String plain) {
        List<Target> targets = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= plain.length(); i++) {
            if (i == plain.length() || breaksClause(plain, i)) {
                findInClause(plain.substring(start, i), start, targets);
                start = i + 1;
            }
        }
        return List.copyOf(targets);
    }

    /** A clause ends at a comma, stop … but not at a thousands comma (1,500). */
    private static boolean breaksClause(String plain, int i) {
        char c = plain.charAt(i);
        if (CLAUSE_BREAKS.indexOf(c) < 0) {
            return false;
        }
        boolean digitBefore = i > 0 && Numerals.arabicDigit(plain.charAt(i - 1)) >= 0;
        boolean digitAfter = i + 1 < plain.length() && Numerals.arabicDigit(plain.charAt(i + 1)) >= 0;
        return !(c == ',' && digitBefore && digitAfter);
    }

    private void findInClause(String clause, int offset, List<Target> targets) {
        if (!mayAim(clause)) {
            return;
        }
        Matcher m = quantity.matcher(clause);
        while (m.find()) {
            boolean aimed = clause.substring(m.end()).contains(AIM)
                    || triggers.stream().anyMatch(t -> clause.substring(0, m.start()).contains(t));
            BigDecimal amount = amount(m.group(1), m.group(2));
            if (aimed && amount != null) {
                targets.add(new Target(clause, offset, amount, m.group(3), yearBefore(clause, m.start())));
            }
        }
    }

    /** A quantity is aimed only by 目标 after it or a trigger before it: a clause with neither holds no target. */
    private boolean mayAim(String clause) {
        if (clause.contains(AIM)) {
            return true;
        }
        for (String t : triggers) {
            if (clause.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private OptionalInt yearBefore(String clause, int at) {
        OptionalInt year = OptionalInt.empty();
        for (DateValue d : dates.find(clause, OptionalInt.empty())) {
            if (d.at() < at) {
                year = OptionalInt.of(Integer.parseInt(d.lexical().substring(0, 4)));
            }
        }
        return year;
    }

    private static BigDecimal amount(String number, String magnitude) {
        BigDecimal value;
        if (Numerals.arabicDigit(number.charAt(0)) >= 0) {
            StringBuilder ascii = new StringBuilder();
            for (char c : number.toCharArray()) {
                int d = Numerals.arabicDigit(c);
                ascii.append(d >= 0 ? String.valueOf(d) : c == ',' ? "" : ".");
            }
            try {
                value = new BigDecimal(ascii.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            long v = Numerals.value(number);
            if (v < 0) {
                return null;
            }
            value = BigDecimal.valueOf(v);
        }
        for (int k = 0; magnitude != null && k < MAGNITUDES.length; k++) {
            if (MAGNITUDES[k].equals(magnitude)) {
                value = value.multiply(BigDecimal.valueOf(FACTORS[k]));
            }
        }
        return value;
    }
}
