package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mentions where the scan of the catalog's surfaces meets an edge: a name or a chain that ends
 * the text, names that overlap or begin one another, formal-name tails. Written as in
 * MentionsTest, whose helpers it uses.
 */
class MentionEdgesTest {
    private static final ActorLexicon LEXICON = ActorLexicon.load();

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
        中方支持巴基斯坦伊斯兰共和国 | CHN PAK | 中方:CHN 巴基斯坦伊斯兰共和国:PAK
        中方支持巴基斯坦             | CHN PAK | 中方:CHN 巴基斯坦:PAK
        支持巴西联邦共和国           | CHN BRA | 巴西联邦共和国:BRA
        哈萨克斯坦共和国总统         | CHN KAZ | 哈萨克斯坦共和国:KAZ
        孟加拉人民共和国             | CHN BGD | 孟加拉人民共和国:BGD
        孟加拉                       | CHN BGD | -
        双方同意                     | CHN BRA | 双方:CHN+BRA*
        法方                         | CHN FRA | 法方:FRA
        中越                         | CHN VNM | 中越:CHN+VNM
        中越双方                     | CHN VNM | 中越双方:CHN+VNM*
        中巴                         | CHN PAK | 中巴:CHN+PAK
        中、法                       | CHN FRA | 中、法:CHN+FRA
        中巴两国                     | CHN BRA | 中巴两国:CHN+BRA*
        中俄印                       | CHN RUS IND | 中俄印:CHN+RUS+IND
        2024年9月19日于纽埃          | NIU KGZ | 纽埃:NIU
        1995年9月25日于南非          | ZAF LSO | 南非:ZAF
        2023年2月23日于古巴          | CUB GNQ | 古巴:CUB
        尼日利亚和尼日尔             | CHN NGA | 尼日利亚:NGA 尼日尔:NER
        几内亚比绍和几内亚           | CHN GNB | 几内亚比绍:GNB 几内亚:GIN
        赤道几内亚同几内亚           | CHN GNQ | 赤道几内亚:GNQ 几内亚:GIN
        南非和南方国家               | CHN ZAF | 南非:ZAF
        南方                         | CHN ZAF | 南方:ZAF
        南方                         | CHN RUS | -
        中国—东盟                    | CHN SGP | 中国:CHN 东盟:asean
        阿拉伯联合酋长国和阿联酋     | CHN ARE | 阿拉伯联合酋长国:ARE 阿联酋:ARE
        印度尼西亚共和国与印度       | CHN IDN | 印度尼西亚共和国:IDN 印度:IND
        """)
    void mentionsAtTheEdges(String text, String parties, String expected) {
        assertEquals(expected, MentionsTest.describe(LEXICON.mentions(text, MentionsTest.parties(parties))));
    }
}
