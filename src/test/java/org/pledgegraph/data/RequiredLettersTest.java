package org.pledgegraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
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
}
