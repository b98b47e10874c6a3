package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions are written surface:ID+ID, with * for a collective mention of the parties; "-" for none. */
class MentionsTest {
    private static final ActorLexicon LEXICON = ActorLexicon.load();

    /** The actors of space-separated ids (CHN PAK). */
    static List<Actor> parties(String codes) {
        return Arrays.stream(codes.split(" ")).map(id -> LEXICON.actor(id).orElseThrow()).toList();
    }

    /** Mentions as surface:ID+ID (* for a collective of the parties), "-" for none. */
    static String describe(List<ActorMention> mentions) {
        if (mentions.isEmpty()) {
            return "-";
        }
        return mentions.stream()
                .map(m -> m.surface() + ":" + String.join("+", m.ids()) + (m.collective() ? "*" : ""))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
        巴方欢迎中方的倡议。                         | CHN PAK | 巴方:PAK 中方:CHN
        巴方欢迎中方的倡议。                         | CHN BRA | 巴方:BRA 中方:CHN
        巴方欢迎中方的倡议。                         | CHN PAN | 巴方:PAN 中方:CHN
        双方同意加强合作。                           | CHN FRA | 双方:CHN+FRA*
        三方同意加强合作。                           | CHN RUS IND | 三方:CHN+RUS+IND*
        六国同意加强合作。                           | IDN MYS PHL SGP THA BRN | 六国:IDN+MYS+PHL+SGP+THA+BRN*
        五方欢迎合作。                               | BRA RUS IND CHN ZAF | 五方:BRA+RUS+IND+CHN+ZAF*
        六国签署了协定。                             | FRA DEU | -
        中法关系保持高水平发展。                     | CHN FRA | 中法:CHN+FRA
        中法两国将加强在气候变化领域的合作。         | CHN FRA | 中法两国:CHN+FRA*
        中俄双方均予以隆重庆祝。                     | CHN RUS | 中俄双方:CHN+RUS*
        两国元首在莫斯科举行会谈。                   | CHN RUS | 两国元首:CHN+RUS*
        美国宣布退出该条约。                         | CHN RUS | 美国:USA
        双方对美相关行动表示严重关切。               | CHN RUS | 双方:CHN+RUS* 美:USA
        美方应停止单边行动。                         | CHN RUS | 美方:USA
        伊方应恢复全面履约。                         | CHN RUS | 伊方:IRN
        双方呼吁国际社会予以支持。                   | CHN RUS | 双方:CHN+RUS* 国际社会:international-community
        核武器国家应当承担特殊责任。                 | CHN RUS | 核武器国家:nuclear-weapon-states
        各国应平等参与全球治理。                     | CHN VNM | 各国:all-states
        中方支持巴基斯坦伊斯兰共和国维护国家主权。   | CHN PAK | 中方:CHN 巴基斯坦伊斯兰共和国:PAK
        越南社会主义共和国政府高度评价中方的支持。   | CHN VNM | 越南社会主义共和国:VNM 中方:CHN
        俄罗斯联邦总统普京                           | CHN RUS | 俄罗斯联邦:RUS
        哈方愿同中方加强合作。                       | CHN KAZ | 哈方:KAZ 中方:CHN
        韩方重视中方的关切。                         | CHN KOR | 韩方:KOR 中方:CHN
        德方欢迎中国企业赴德投资。                   | CHN DEU | 德方:DEU 中国:CHN
        英方重申奉行一个中国政策。                   | CHN GBR | 英方:GBR 中国:CHN
        欧方欢迎中方扩大开放。                       | CHN european-union | 欧方:european-union 中方:CHN
        中巴经济走廊建设取得积极进展。               | CHN PAK | 中巴:CHN+PAK
        中俄印三国将加强协调。                       | CHN RUS IND | 中俄印三国:CHN+RUS+IND*
        双方同意在上海合作组织和金砖国家框架内协调。 | CHN RUS | 双方:CHN+RUS* 上海合作组织:shanghai-cooperation-organisation 金砖国家:brics
        双方支持国际原子能机构发挥作用。             | CHN FRA | 双方:CHN+FRA* 国际原子能机构:iaea
        联合国安理会应发挥核心作用。                 | CHN RUS | 联合国安理会:un-security-council
        苏联解体后，中苏关系成为历史。               | CHN RUS | 苏联:SUN 中苏:CHN+SUN
        中方面临的外部挑战增多。                     | CHN | 中方:CHN
        中方将继续奉行独立自主的和平外交政策。       | CHN | 中方:CHN
        其中法律问题由双方协商解决。                 | CHN FRA | 双方:CHN+FRA*
        中美洲国家和西方国家也表示欢迎。             | CHN RUS | -
        这是美好的愿景。                             | CHN RUS | -
        双方将采用新方法推进合作。                   | CHN SGP | 双方:CHN+SGP*
        法兰西共和国和中华人民共和国                 | CHN FRA | 法兰西共和国:FRA 中华人民共和国:CHN
        确保各方平等参与。                           | CHN RUS | 各方:all-sides
        各方同意加强协调。                           | CHN RUS IND | 各方:CHN+RUS+IND*
        我们重申致力于多边主义。                     | BRA RUS IND CHN ZAF | 我们:BRA+RUS+IND+CHN+ZAF*
        中、俄、印三国外长举行会晤。                 | CHN RUS IND | 中、俄、印三国外长:CHN+RUS+IND*
        无核武器国家有权和平利用核能。               | CHN RUS | 无核武器国家:non-nuclear-weapon-states
        中蒙俄经济走廊建设稳步推进。                 | CHN MNG RUS | 中蒙俄:CHN+MNG+RUS
        越方感谢中方的支持。                         | VNM CHN | 越方:VNM 中方:CHN
        刚果民主共和国和刚果共和国                   | CHN COD | 刚果民主共和国:COD 刚果共和国:COG
        大韩民国政府和朝鲜民主主义人民共和国         | CHN KOR | 大韩民国:KOR 朝鲜民主主义人民共和国:PRK
        中俄蒙三方同意推进经济走廊建设。             | CHN RUS | 中俄蒙三方:CHN+RUS+MNG
        双方支持开展三方合作。                       | CHN FRA | 双方:CHN+FRA*
        南方感谢巴方的支持。                         | BRA ZAF | 南方:ZAF 巴方:BRA
        西方欢迎越方扩大开放。                       | ESP VNM | 西方:ESP 越方:VNM
        南方地区遭受洪灾。                           | BRA VNM | -
        双方支持全球南方国家团结合作。               | BRA ZAF | 双方:BRA+ZAF*
        西方国家也表示欢迎。                         | ESP VNM | -
        法国总统埃马纽埃尔·马克龙                   | CHN FRA | 法国:FRA
        埃及总统阿卜杜勒-法塔赫·塞西                 | CHN EGY | 埃及:EGY
        文莱苏丹哈桑纳尔                             | CHN BRN | 文莱:BRN
        苏丹共和国政府                               | CHN SDN | 苏丹共和国:SDN
        中塔两国元首                                 | CHN TJK | 中塔两国元首:CHN+TJK*
        中俄蒙三方同意推进经济走廊建设。             | CHN RUS MNG | 中俄蒙三方:CHN+RUS+MNG*
        俄美两国应削减核武库。                       | CHN RUS | 俄美两国:RUS+USA
        双方致力于实现朝鲜半岛无核化。               | CHN KOR | 双方:CHN+KOR*
        双方在会谈中希望扩大合作。                   | CHN RUS | 双方:CHN+RUS*
        各美其美，美美与共。                         | CHN FRA | -
        双方在节日中日益加强交流。                   | CHN JPN | 双方:CHN+JPN*
        双方支持东盟在区域合作中的中心地位。         | CHN asean | 双方:CHN+asean* 东盟:asean
        中亚国家欢迎中方的倡议。                     | CHN KAZ KGZ TJK TKM UZB | 中亚国家:KAZ+KGZ+TJK+TKM+UZB 中方:CHN
        中方支持中亚国家的发展。                     | CHN RUS | 中方:CHN 中亚国家:central-asia
        """)
    void findsAndResolvesMentions(String plain, String parties, String expected) {
        assertEquals(expected, describe(LEXICON.mentions(plain, parties(parties))));
    }

    @Test
    void offsetsPointAtTheSurface() {
        String plain = "双方欢迎巴基斯坦伊斯兰共和国和中国加强合作。";
        for (ActorMention m : LEXICON.mentions(plain, parties("CHN PAK"))) {
            assertEquals(m.surface(), plain.substring(m.begin(), m.end()));
        }
    }

    @Test
    void collectiveWithoutKnownPartiesNamesNoActor() {
        List<ActorMention> mentions = LEXICON.mentions("双方同意加强合作。", List.of());
        assertEquals(1, mentions.size());
        assertTrue(mentions.get(0).collective());
        assertTrue(mentions.get(0).actors().isEmpty());
    }

    @Test
    void statesCarryCodesAndOnlyListedQids() {
        Actor china = LEXICON.actor("CHN").orElseThrow();
        assertEquals("中国", china.labelZh());
        assertEquals("China", china.labelEn());
        assertEquals("Q148", china.wikidata().orElseThrow());
        assertTrue(LEXICON.actor("FRA").orElseThrow().wikidata().isEmpty());
        assertEquals("SUN", LEXICON.actor("SUN").orElseThrow().code().orElseThrow());
        assertFalse(LEXICON.actor("TWN").isPresent());
    }

    @Test
    void termsHoldNamesAndXFangForms() {
        assertTrue(LEXICON.terms().containsAll(List.of("巴基斯坦", "中华人民共和国", "中方", "巴方", "双方", "上合组织")));
        assertFalse(LEXICON.terms().contains("美"));
        assertFalse(LEXICON.terms().contains("刚果（金）"));
        assertFalse(LEXICON.terms().contains("美好"));
    }
}
