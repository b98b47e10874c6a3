package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.read.Document;

class PartiesTest {
    private static final ActorLexicon LEXICON = ActorLexicon.load();

    private static List<String> ids(Document doc) {
        return LEXICON.parties(doc).stream().map(Actor::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        中华人民共和国和法兰西共和国联合声明                                   | CHN FRA
        中华人民共和国和巴基斯坦伊斯兰共和国联合声明                           | CHN PAK
        中华人民共和国和巴基斯坦伊斯兰共和国关于深化中巴命运共同体的联合声明   | CHN PAK
        中华人民共和国和巴西联邦共和国关于深化全面战略伙伴关系的联合声明       | CHN BRA
        中华人民共和国和越南社会主义共和国联合声明                             | CHN VNM
        中华人民共和国和哈萨克斯坦共和国联合声明                               | CHN KAZ
        中华人民共和国和大韩民国联合声明                                       | CHN KOR
        中华人民共和国政府和德意志联邦共和国政府联合声明                       | CHN DEU
        中华人民共和国和大不列颠及北爱尔兰联合王国关于构建全面战略伙伴关系的联合宣言 | CHN GBR
        中华人民共和国和蒙古国关于建立全面战略伙伴关系的联合声明               | CHN MNG
        中华人民共和国和泰王国联合声明                                         | CHN THA
        中华人民共和国和印度尼西亚共和国联合声明                               | CHN IDN
        中法联合声明                                                           | CHN FRA
        中越联合声明                                                           | CHN VNM
        中国和欧盟领导人会晤联合声明                                           | CHN european-union
        中华人民共和国和东南亚国家联盟关于战略伙伴关系的联合声明               | CHN asean
        中华人民共和国政府声明                                                 | CHN
        中俄印三国外长会晤联合公报                                             | CHN RUS IND
        中国—东盟领导人会议联合声明                                            | CHN asean
        中华人民共和国和欧洲联盟领导人会晤联合声明                             | CHN european-union
        中华人民共和国与新加坡共和国联合声明                                   | CHN SGP
        中华人民共和国和坦桑尼亚联合共和国联合声明                             | CHN TZA
        中华人民共和国和阿拉伯埃及共和国关于加强全面战略伙伴关系的联合声明     | CHN EGY
        中华人民共和国、俄罗斯联邦和印度共和国外长会晤联合公报                 | CHN RUS IND
        中国、巴西、南非和印度基础四国部长会议联合声明                         | CHN BRA ZAF IND
        中国—中亚峰会西安宣言                                                 | CHN KAZ KGZ TJK TKM UZB
        中非合作论坛北京峰会宣言                                               | CHN africa
        澜湄合作第三次领导人会议宣言                                           | CHN KHM LAO MMR THA VNM
        澜沧江－湄公河合作外长会联合新闻公报                                   | CHN KHM LAO MMR THA VNM
        中华人民共和国和美利坚合众国联合公报                                   | CHN USA
        中华人民共和国和俄罗斯联邦关于加强当代全球战略稳定的联合声明           | CHN RUS
        """)
    void titleNamesTheParties(String title, String expected) {
        assertEquals(List.of(expected.split(" ")), ids(TestDocuments.of(title, "双方认为，合作符合两国利益。")));
    }

    private static Arguments doc(String title, String expected, String... units) {
        return Arguments.of(title, List.of(units), expected);
    }

    static Stream<Arguments> preambles() {
        return Stream.of(
                doc("联合声明", "CHN FRA", "中华人民共和国和法兰西共和国（以下简称“双方”）发表联合声明如下："),
                doc("", "BRA CHN", "巴西联邦共和国和中华人民共和国（以下简称“双方”），声明如下："),
                doc("", "VNM CHN", "越南社会主义共和国和中华人民共和国，本着睦邻友好的精神，声明如下："),
                doc("", "CHN KAZ", "中华人民共和国政府和哈萨克斯坦共和国政府（以下称“双方”）达成以下共识："),
                doc("", "FRA CHN", "应法兰西共和国总统马克龙邀请，中华人民共和国主席习近平对法国进行国事访问。"),
                // the title's abbreviation 巴 is read against the preamble: Brazil here, not Pakistan
                doc("中巴联合声明", "CHN BRA", "中华人民共和国和巴西联邦共和国（以下简称“双方”）声明如下："),
                doc("中巴联合声明", "CHN PAK", "双方声明如下："),
                doc("关于深化全面战略伙伴关系的中法联合声明", "CHN FRA", "双方声明如下："),
                // a title naming one side only: the preamble completes it
                doc("中华人民共和国和乌国联合声明", "CHN UZB", "中华人民共和国和乌兹别克斯坦共和国（以下简称“双方”）声明如下："),
                // a title naming one state and a region: the states of the first sentence
                doc("中国—加勒比国家农业合作部长级会议联合声明", "CHN CUB JAM DOM",
                        "2025年5月10日，中华人民共和国、古巴共和国、牙买加和多米尼加共和国农业部长在北京举行会议。"),
                // an instrument's short name is not a definition of the parties
                doc("", "VNM CHN", "双方回顾了《中华人民共和国和俄罗斯联邦睦邻友好合作条约》（以下简称《条约》）的意义。",
                        "越南社会主义共和国和中华人民共和国，本着睦邻友好的精神，声明如下："));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("preambles")
    void preambleNamesTheParties(String title, List<String> units, String expected) {
        Document doc = TestDocuments.of(title, units.toArray(String[]::new));
        assertEquals(List.of(expected.split(" ")), ids(doc));
    }

    @Test
    void seedFirstDocumentWithoutTitleReadsThePreambleNotTheVisit() {
        Document doc = TestDocuments.of("",
                "应俄罗斯联邦总统普京邀请，中华人民共和国主席习近平于2019年6月5日至7日对俄罗斯进行国事访问并出席第二十三届圣彼得堡国际经济论坛。",
                "两国元首在莫斯科举行会谈，习近平主席会见俄罗斯联邦政府总理德·阿·梅德韦杰夫。",
                "中华人民共和国和俄罗斯联邦（以下称“双方”），声明如下：",
                "2019年是两国建交70周年，中俄双方均予以隆重庆祝。");
        assertEquals(List.of("CHN", "RUS"), ids(doc));
    }

    @Test
    void seedFirstDocumentWithTitle() {
        Document doc = TestDocuments.of("中华人民共和国和俄罗斯联邦关于发展新时代全面战略协作伙伴关系的联合声明",
                "应俄罗斯联邦总统普京邀请，中华人民共和国主席习近平于2019年6月5日至7日对俄罗斯进行国事访问并出席第二十三届圣彼得堡国际经济论坛。",
                "中华人民共和国和俄罗斯联邦（以下称“双方”），声明如下：");
        assertEquals(List.of("CHN", "RUS"), ids(doc));
    }

    @Test
    void seedSecondDocumentFromItsPreamble() {
        Document doc = TestDocuments.of("",
                "中华人民共和国和俄罗斯联邦，本着两国平等信任的全面战略协作伙伴关系和对保障国际安全肩负的责任，考虑到维护全球和地区战略稳定的重要性，声明如下。",
                "双方认识到当前国际安全环境面临严峻挑战，因此双方决心深化战略互信。");
        assertEquals(List.of("CHN", "RUS"), ids(doc));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2022-06-23 | BRA RUS IND CHN ZAF
        2024-10-23 | BRA RUS IND CHN ZAF EGY ETH IRN ARE
        """)
    void groupStandsForItsMembersOfThatYear(LocalDate date, String expected) {
        Document doc = TestDocuments.of("金砖国家领导人第十四次会晤北京宣言", date, "我们重申致力于加强金砖合作。");
        assertEquals(List.of(expected.split(" ")), ids(doc));
    }

    @Test
    void organisationOfMembersStandsForThem() {
        Document doc = TestDocuments.of("上海合作组织成员国元首理事会撒马尔罕宣言", LocalDate.of(2022, 9, 16), "成员国重申恪守宪章。");
        assertEquals(List.of("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK"), ids(doc));
    }

    @Test
    void groupWithoutKnownMembersIsItself() {
        assertEquals(List.of("g20"), ids(TestDocuments.of("二十国集团领导人杭州峰会公报", "我们承诺加强合作。")));
    }

    @Test
    void noRecognisablePartyGivesEmptyList() {
        assertEquals(List.of(), ids(TestDocuments.of("会议纪要", "今天天气很好。", "会议在北京举行。")));
    }
}
