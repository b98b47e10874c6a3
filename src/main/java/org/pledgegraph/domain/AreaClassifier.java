package org.pledgegraph.domain;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pledgegraph.data.DataFile;

/**
 * The top-level area of a unit (GUIDELINES section 6). A unit under a section heading that names
 * an area (政治合作, 安全合作, 务实合作, 人文交流, 国际协作 …) takes that area. A unit under a
 * numbered heading (一, 二 …) or none takes the subject of its document, read from the title
 * (…战略稳定… → security); failing that, {@link Area#Relations}. Headings and titles in
 * traditional characters are matched in simplified form too. The terms are data:
 * {@value #RESOURCE}, first matching row wins.
 */
public final class AreaClassifier {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    public static final String RESOURCE = "org/pledgegraph/domain/areas.tsv";

    private final List<AreaRule> headingRules;
    private final List<AreaRule> titleRules;

    public AreaClassifier(List<AreaRule> rules) {
        headingRules = rules.stream().filter(r -> r.scope() == AreaRule.Scope.heading).toList();
        titleRules = rules.stream().filter(r -> r.scope() == AreaRule.Scope.title).toList();
    }

    /** The classifier with the rules of {@value #RESOURCE}. */
    public static AreaClassifier load() {
        return load(RESOURCE);
    }

    /** Reads rules from a classpath resource of rows {@code heading|title TAB term TAB Area}. */
    public static AreaClassifier load(String resource) {
        List<AreaRule> rules = new ArrayList<>();
        for (DataFile.Row row : DataFile.read(resource)) {
            rules.add(rule(row));
        }
        return new AreaClassifier(rules);
    }

    private static AreaRule rule(DataFile.Row row) {
        List<String> f = row.filled();
        if (f.size() != 3) {
            throw row.error("expected 3 tab-separated fields (heading|title, term, area), got " + f.size());
        }
        try {
            return new AreaRule(AreaRule.Scope.valueOf(f.get(0)), f.get(1), Area.valueOf(f.get(2)));
        } catch (IllegalArgumentException e) {
            throw row.error("bad scope or area in " + f + " (scope: heading|title; area: one of "
                    + List.of(Area.values()) + ")");
        }
    }

    /** The area of a unit under {@code heading} ("" for none) in a document titled {@code title}. */
    public Area area(String title, String heading) {
        return match(headingRules, heading)
                .or(() -> subject(title))
                .orElse(Area.Relations);
    }

    /** The area a section heading names (政治合作 → Political), if it names one. */
    public Optional<Area> heading(String heading) {
        return match(headingRules, heading);
    }

    /** The subject of a document from its title, if the title names one. */
    public Optional<Area> subject(String title) {
        return match(titleRules, title);
    }

    private static Optional<Area> match(List<AreaRule> rules, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String compact = WHITESPACE.matcher(text).replaceAll("");
        return first(rules, compact).or(() -> first(rules, HanLP.convertToSimplifiedChinese(compact)));
    }

    private static Optional<Area> first(List<AreaRule> rules, String text) {
        return rules.stream().filter(r -> r.matches(text)).map(AreaRule::area).findFirst();
    }
}
