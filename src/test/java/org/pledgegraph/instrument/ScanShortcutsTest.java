package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcuts of the instrument scan find what a full scan finds: the trie's first-char test,
 * the numbered rules' required letters, the anaphora word lists, and the second pass that reuses
 * the first pass's text-only mentions and reads no anaphors.
 */
class ScanShortcutsTest {
    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    /** Every occurrence of every name, as a search from each position with indexOf finds them. */
    private static List<NameTrie.Hit> everyOccurrence(List<String> names, String text) {
        List<NameTrie.Hit> hits = new ArrayList<>();
        for (String n : names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                hits.add(new NameTrie.Hit(i, i + n.length()));
            }
        }
        hits.sort(Comparator.comparingInt(NameTrie.Hit::begin).thenComparingInt(NameTrie.Hit::end));
        return hits;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "联合国宪章|联合国|宪章\t联合国宪章是越南和法国共同遵守的准则，联合国",
        "巴黎协定|协定\t哈萨克斯坦重申落实巴黎协定",
        "NPT|NPT审议大会\tNPT审议大会上，巴西和东盟重申NPT",
        "东盟|东盟宪章|东盟共同体\t东盟东盟宪章东盟共同体",
        "中欧全面投资协定\t欧盟与中国",
        "南海行为准则\t南",
    })
    void theTrieFindsWhatASearchFromEveryPositionFinds(String names, String text) {
        NameTrie trie = new NameTrie();
        List<String> list = List.of(names.split("\\|"));
        list.forEach(trie::add);
        List<NameTrie.Hit> got = new ArrayList<>();
        trie.findAll(text, got);
        got.sort(Comparator.comparingInt(NameTrie.Hit::begin).thenComparingInt(NameTrie.Hit::end));
        assertEquals(everyOccurrence(list, text), got);
    }

    @Test
    void aNameAddedAfterASearchIsFoundByTheNext() {
        NameTrie trie = new NameTrie();
        trie.add("巴黎协定");
        List<NameTrie.Hit> before = new ArrayList<>();
        trie.findAll("法国和巴西支持京都议定书和巴黎协定", before);
        trie.add("京都议定书");
        List<NameTrie.Hit> after = new ArrayList<>();
        trie.findAll("法国和巴西支持京都议定书和巴黎协定", after);
        assertEquals(List.of(new NameTrie.Hit(13, 17)), before);
        assertEquals(List.of(new NameTrie.Hit(7, 12), new NameTrie.Hit(13, 17)), after);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {
        "巴方支持联合国安全理事会第1540号决议。\t联合国安理会第1540号决议",
        "伊朗和法国重申安理会第2231（2015）号决议的重要性。\t联合国安理会第2231号决议",
        "越方坚持联大第2758号决议。\t联合国大会第2758号决议",
        "安理会第2254号决议和联合国大会第2758号决议都得到支持。\t联合国安理会第2254号决议|联合国大会第2758号决议",
        "东盟支持安理会有关决议，第2231号文件已经通过。\t''",
        "联大第七十届会议通过了决议。\t''",
    })
    void numberedRulesSkipOnlyTextsThatLackTheirLetters(String sentence, String titles) {
        List<Mention> found = new ArrayList<>();
        Numbered.load().find(sentence, found);
        found.sort(Comparator.comparingInt(Mention::begin));
        List<String> want = titles.isEmpty() ? List.of() : List.of(titles.split("\\|"));
        assertEquals(want, found.stream().map(Mention::name).toList());
    }

    static Stream<Arguments> anaphors() {
        return Stream.of(
                // a verb right before the bare head, at the start of a sentence and after a comma
                Arguments.of(List.of("法国和巴西重申支持《全面禁止核试验条约》。", "推动条约早日生效。"),
                        "0|《全面禁止核试验条约》|全面禁止核试验条约|-;1|条约|全面禁止核试验条约|A"),
                Arguments.of(List.of("巴基斯坦欢迎《巴黎协定》生效，各方应履行协定。"),
                        "0|《巴黎协定》|巴黎协定|-;0|协定|巴黎协定|A"),
                // a follower with nothing or punctuation before the head, but not after a Han modifier
                Arguments.of(List.of("越方重申恪守《不扩散核武器条约》。", "条约当事方应加强对话。"),
                        "0|《不扩散核武器条约》|不扩散核武器条约|-;1|条约|不扩散核武器条约|A"),
                Arguments.of(List.of("哈方重申恪守《不扩散核武器条约》。", "双方认为，条约当事方应加强对话。"),
                        "0|《不扩散核武器条约》|不扩散核武器条约|-;1|条约|不扩散核武器条约|A"),
                Arguments.of(List.of("东盟重申恪守《不扩散核武器条约》。", "双方认为各条约当事方应加强对话。"),
                        "0|《不扩散核武器条约》|不扩散核武器条约|-"),
                // a determiner, and a head word that no verb, follower or determiner makes an anaphor
                Arguments.of(List.of("欧盟和中国落实《巴黎协定》，该协定对全球治理十分重要。"),
                        "0|《巴黎协定》|巴黎协定|-;0|该协定|巴黎协定|A"),
                Arguments.of(List.of("巴西和阿根廷签署《巴黎协定》。", "两国的协定很多。"), "0|《巴黎协定》|巴黎协定|-"),
                // an alias defined after the anaphor: the second pass finds the alias, not the anaphor again
                Arguments.of(List.of("法国和越南将落实《中华人民共和国政府和越南社会主义共和国政府关于陆地边界的协定》（以下简称《陆地边界协定》），"
                                + "推动协定全面实施，《陆地边界协定》意义重大。"),
                        "0|《中华人民共和国政府和越南社会主义共和国政府关于陆地边界的协定》（以下简称《陆地边界协定》）"
                                + "|中华人民共和国政府和越南社会主义共和国政府关于陆地边界的协定|-;"
                                + "0|协定|中华人民共和国政府和越南社会主义共和国政府关于陆地边界的协定|A;"
                                + "0|《陆地边界协定》|中华人民共和国政府和越南社会主义共和国政府关于陆地边界的协定|-"));
    }

    @ParameterizedTest
    @MethodSource("anaphors")
    void anaphorsAndLaterNamesAreFoundAsBefore(List<String> units, String expected) {
        List<List<Reference>> refs = CATALOG.find(Docs.of(units.toArray(String[]::new)));
        List<String> got = new ArrayList<>();
        for (int u = 0; u < refs.size(); u++) {
            for (Reference r : refs.get(u)) {
                got.add(u + "|" + units.get(u).substring(r.begin(), r.end()) + "|" + r.instrument().title() + "|"
                        + (r.anaphoric() ? "A" : "-"));
            }
        }
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(";")), got);
    }

    @Test
    void theTextOnlyMentionsAreTheFirstOfAFullFind() {
        MentionFinder finder = new MentionFinder(HeadNouns.load(), Anaphora.load(), Parties.load(), Numbered.load());
        String text = "中越双方同意落实安理会第2231号决议和“东盟互联互通总体规划”，推进中越2021—2025年边境贸易合作规划，维护该规划。";
        List<Mention> written = finder.written(text);
        List<Mention> all = finder.find(text, List.of());
        // by kind: quoted titles before numbered documents before programmes
        assertEquals(List.of("东盟互联互通总体规划", "联合国安理会第2231号决议", "中越2021—2025年边境贸易合作规划"),
                written.stream().map(Mention::name).toList());
        List<Mention> inTextOrder = written.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
        assertEquals(1, all.stream().filter(m -> m.anaphor().isPresent()).count(), all.toString());
        assertEquals(inTextOrder, all.stream().filter(m -> m.anaphor().isEmpty()).toList());
        assertEquals(inTextOrder, finder.find(text, written, List.of(), false));
    }
}
