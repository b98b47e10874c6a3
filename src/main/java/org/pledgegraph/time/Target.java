package org.pledgegraph.time;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A quantified target (实现2020年相互留学交流10万人目标; 贸易额达到2000亿美元).
 *
 * @param phrase   the clause (between commas) that states it
 * @param at       offset of the phrase in the text
 * @param quantity the amount, magnitudes applied (10万 → 100000)
 * @param unit     its unit as written (人, 美元, 吨, %)
 * @param year     the year it is set for, if the clause gives one
 */
public record Target(String phrase, int at, BigDecimal quantity, String unit, OptionalInt year) {
    public Target {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
    }
}
