package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLettersTest {
    private static final String YEAR = "([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})";

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "(?:今年)?上半年\t上半年",
        "今年底(?:前|以前)?\t今年底",
        "本年度?\t本年",
        "本月内?|月内\t月",
        "(?:今年)?(?:年底|年末)(?:前|以前)?\t年",
        "(?:联合国大会|联大)第(?<n>\\d+)号决议\t联大第号决议",
        "(?<date>\\d{4}年\\d{1,2}月)(?:签署|签订|缔结)的$\t年月的",
        "(?<![年月])(?=合作)(?:到|至)Y年\t年",
        "(?:中国|法国)(?:和|与)(?:巴西|越南)?\t国",
        "(?x)条约 # comment\t''",
        "条约)协定\t''",
        "(?<![年月日0-9])(?:到|至|截至)Y年(?:前|以前)?\t年",
        "Y年内\t年内",
        "[\\p{IsHan}]{2,12}?协定\t协定",
        "\\p{IsHan}年\t年",
        "\\pL年\t年",
        "\\x{5E74}年内\t年内",
        "(?i)abc\t''",
        "\\Q年(\\E内\t内",
        "条约s*x+\t条约",
    })
    void lettersOutsideGroupsAndQuantifiers(String regex, String letters) {
        assertEquals(letters, RequiredLetters.of(regex.replace("Y", YEAR)));
    }

    /** What is required is in every match: a text with a match has all the letters. */
    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "(?:今年)?上半年\t法国政府今年上半年将举办论坛",
        "Y年内\t巴基斯坦承诺二〇三〇年内完成",
        "(?:今后|未来|此后)[一二三]年(?:内|里|间)?\t越方愿在未来三年里扩大进口",
        "明年(?:底|年底)\t巴西将于明年底前批准",
    })
    void aTextThatMatchesHasTheLetters(String regex, String text) {
        String r = regex.replace("Y", YEAR);
        assertTrue(Pattern.compile(r).matcher(text).find());
        assertTrue(RequiredLetters.allIn(RequiredLetters.of(r), text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "Y年内\t哈萨克斯坦与欧盟加强合作",
        "明年(?:底|年底)\t东盟各国明确表示支持",
    })
    void aTextWithoutTheLettersIsSkipped(String regex, String text) {
        assertFalse(RequiredLetters.allIn(RequiredLetters.of(regex.replace("Y", YEAR)), text));
    }

    /** The regexes of the data rules that use the test (time, numbered documents, instrument events). */
    private static List<String> ruleRegexes() throws IOException {
        List<String> regexes = new ArrayList<>();
        for (String file : List.of("org/pledgegraph/time/relative-times.tsv", "org/pledgegraph/instrument/numbered.tsv",
                "org/pledgegraph/instrument/events.tsv")) {
            try (InputStream in = RequiredLettersTest.class.getClassLoader().getResourceAsStream(file)) {
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
