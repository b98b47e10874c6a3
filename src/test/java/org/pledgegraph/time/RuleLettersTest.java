package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgegraph.data.RequiredLetters;

/** The data rules that skip texts by {@link RequiredLetters}: what they match in real statements holds those letters. */
class RuleLettersTest {
    /** The regexes of the data rules that use the test (time, numbered documents, instrument events). */
    private static List<String> ruleRegexes() throws IOException {
        List<String> regexes = new ArrayList<>();
        for (String file : List.of("org/pledgegraph/time/relative-times.tsv", "org/pledgegraph/instrument/numbered.tsv",
                "org/pledgegraph/instrument/events.tsv")) {
            try (InputStream in = RuleLettersTest.class.getClassLoader().getResourceAsStream(file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    String regex = file.endsWith("events.tsv") ? f[2] : f[0];
                    regexes.add(regex.replace("{Y}", RelativeTimes.YEAR).replace("{N}", RelativeTimes.NUMBER)
                            .replace("{ACTOR}", "美国|法国|欧洲联盟|[中俄美法]方"));
                }
            }
        }
        return regexes;
    }

    /** Whatever a rule matches in the lines of real statements holds the letters the rule requires. */
    @Test
    void everyMatchInRealStatementsHoldsTheRequiredLetters() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/heldout", "src/test/resources/heldout2")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    lines.addAll(Files.readAllLines(f));
                }
            }
        }
        int matched = 0;
        for (String regex : ruleRegexes()) {
            Pattern p = Pattern.compile(regex);
            String letters = RequiredLetters.of(regex);
            for (String line : lines) {
                if (p.matcher(line).find()) {
                    matched++;
                    assertTrue(RequiredLetters.allIn(letters, line), regex + " in " + line);
                }
            }
        }
        assertTrue(matched >= 10, "only " + matched + " matching lines: the texts were not read");
    }
}
