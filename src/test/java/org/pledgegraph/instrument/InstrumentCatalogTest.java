package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.read.Document;

/**
 * Finding and linking on short documents, one unit per sentence. Expected references are written
 * {@code unit|mention as written|canonical title of the instrument|A for anaphoric} and separated by ";".
 */
class InstrumentCatalogTest {
    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of("双方重申致力于全面有效落实《巴黎协定》。", "双方呼吁发达国家切实履行《协定》规定的义务。"),
                        "0|《巴黎协定》|巴黎协定|-;1|《协定》|巴黎协定|A"),
                Arguments.of(List.of("双方将落实2018年1月9日在北京签署的《中华人民共和国政府和法兰西共和国政府关于和平利用核能的合作协定》（以下简称《核能协定》）。",
                                "双方同意尽快修订《核能协定》附件。"),
                        "0|《中华人民共和国政府和法兰西共和国政府关于和平利用核能的合作协定》（以下简称《核能协定》）"
                                + "|中华人民共和国政府和法兰西共和国政府关于和平利用核能的合作协定|-;"
                                + "1|《核能协定》|中华人民共和国政府和法兰西共和国政府关于和平利用核能的合作协定|-"),
                Arguments.of(List.of("巴方重申恪守《联合国宪章》第二条规定的各项原则。"), "0|《联合国宪章》|联合国宪章|-"),
                Arguments.of(List.of("双方同意落实《中巴经济走廊远景规划（2017—2030年）》，推进该规划的实施。"),
                        "0|《中巴经济走廊远景规划（2017—2030年）》|中巴经济走廊远景规划（2017—2030年）|-;"
                                + "0|该规划|中巴经济走廊远景规划（2017—2030年）|A"),
                Arguments.of(List.of("双方同意在《南海各方行为宣言》框架下妥善管控分歧。", "双方将全面有效落实《宣言》。"),
                        "0|《南海各方行为宣言》|南海各方行为宣言|-;1|《宣言》|南海各方行为宣言|A"),
                Arguments.of(List.of("哈方支持《全面禁止核试验条约》早日生效。"), "0|《全面禁止核试验条约》|全面禁止核试验条约|-"),
                Arguments.of(List.of("双方欢迎联合国安理会第2254号决议，认为第2254号决议为政治解决指明了方向。"),
                        "0|联合国安理会第2254号决议|联合国安理会第2254号决议|-;0|第2254号决议|联合国安理会第2254号决议|-"),
                Arguments.of(List.of("双方支持“一带一路”倡议同欧亚经济联盟建设对接合作。"), ""),
                Arguments.of(List.of("双方欢迎第二届“一带一路”国际合作高峰论坛成功举行，将完善战略安全磋商机制。"), ""),
                Arguments.of(List.of("双方认为，该条约对地区安全十分重要。"), ""),
                Arguments.of(List.of("《人民日报》发表了双方的署名文章。"), ""),
                Arguments.of(List.of("中欧双方致力于落实《中欧合作2020战略规划》。"),
                        "0|《中欧合作2020战略规划》|中欧合作2020战略规划|-"),
                Arguments.of(List.of("越方赞赏中方提出的“南海行为准则”草案。"), "0|“南海行为准则”|南海行为准则|-"),
                Arguments.of(List.of("双方重申《联合国海洋法公约》的重要性，并致力于落实《巴黎协定》。", "双方将维护《公约》的完整性。"),
                        "0|《联合国海洋法公约》|联合国海洋法公约|-;0|《巴黎协定》|巴黎协定|-;1|《公约》|联合国海洋法公约|A"),
                Arguments.of(List.of("欧方愿早日批准《〈联合国气候变化框架公约〉京都议定书》。"),
                        "0|《〈联合国气候变化框架公约〉京都议定书》|京都议定书|-"),
                Arguments.of(List.of("巴西方面欢迎《不扩散核武器条约》（NPT）第十次审议大会召开，呼吁所有NPT缔约国履约。"),
                        "0|《不扩散核武器条约》（NPT）|不扩散核武器条约|-;0|NPT|不扩散核武器条约|-"),
                Arguments.of(List.of("双方表示，美国2018年宣布退出伊核问题全面协议，损害了全面协议的执行。"),
                        "0|伊核问题全面协议|伊核问题全面协议|-;0|全面协议|伊核问题全面协议|-"),
                Arguments.of(List.of("双方在实施中越2021—2025年边境贸易合作规划的基础上扩大合作。"),
                        "0|中越2021—2025年边境贸易合作规划|中越2021—2025年边境贸易合作规划|-"),
                Arguments.of(List.of("双方主张条约当事方通过对话解决分歧。"), ""),
                Arguments.of(List.of("双方欢迎东南亚国家联盟与欧洲联盟自由贸易协定谈判取得进展。"),
                        "0|东南亚国家联盟与欧洲联盟自由贸易协定|东南亚国家联盟与欧洲联盟自由贸易协定|-"),
                Arguments.of(List.of("中国和法国签署的协定得到落实。"), ""),
                Arguments.of(List.of("双方同意加快中越自由贸易协定谈判。"),
                        "0|中越自由贸易协定|中越自由贸易协定|-"),
                Arguments.of(List.of("中俄两国签署协定。"), ""),
                Arguments.of(List.of("双方将落实《越南和法国战略伙伴关系未来五年展望》。"),
                        "0|《越南和法国战略伙伴关系未来五年展望》|越南和法国战略伙伴关系未来五年展望|-"),
                Arguments.of(List.of("双方签署《巴西联邦共和国政府与法兰西共和国政府关于能源合作的实施方案》。"),
                        "0|《巴西联邦共和国政府与法兰西共和国政府关于能源合作的实施方案》|巴西联邦共和国政府与法兰西共和国政府关于能源合作的实施方案|-"),
                Arguments.of(List.of("双方高度评价《中国—东盟战略伙伴关系2030年愿景》的落实。"),
                        "0|《中国—东盟战略伙伴关系2030年愿景》|中国—东盟战略伙伴关系2030年愿景|-"),
                Arguments.of(List.of("双方认为，“中国方案”和“全球安全倡议”为应对挑战提供了思路。"), ""),
                Arguments.of(List.of("越方重申坚持联合国大会第2758号决议，联大第2758号决议是国际社会的普遍共识。"),
                        "0|联合国大会第2758号决议|联合国大会第2758号决议|-;0|联大第2758号决议|联合国大会第2758号决议|-"),
                Arguments.of(List.of("巴方支持联合国大会第76/300号决议，联大第76/300号决议承认享有清洁环境的权利。"),
                        "0|联合国大会第76/300号决议|联合国大会第76/300号决议|-;0|联大第76/300号决议|联合国大会第76/300号决议|-"),
                Arguments.of(List.of("双方将继续落实中俄《睦邻友好合作条约》。"),
                        "0|《睦邻友好合作条约》|中华人民共和国和俄罗斯联邦睦邻友好合作条约|-"),
                Arguments.of(List.of("双方愿在中俄《欧亚经济伙伴关系协定》谈判中加强协调。"),
                        "0|《欧亚经济伙伴关系协定》|欧亚经济伙伴关系协定|-"),
                Arguments.of(List.of("双方欢迎东盟各国就《南海行为准则（草案）》单一磋商文本达成一致。"),
                        "0|《南海行为准则（草案）》|南海行为准则|-"),
                Arguments.of(List.of("双方同意根据《联合国宪章》第七章采取行动，并遵守《不扩散核武器条约》第六条。"),
                        "0|《联合国宪章》|联合国宪章|-;0|《不扩散核武器条约》|不扩散核武器条约|-"),
                Arguments.of(List.of("双方欢迎RCEP生效实施，将推动《区域全面经济伙伴关系协定》高质量实施。"),
                        "0|RCEP|区域全面经济伙伴关系协定|-;0|《区域全面经济伙伴关系协定》|区域全面经济伙伴关系协定|-"),
                Arguments.of(List.of("双方签署了《越南社会主义共和国政府和法兰西共和国政府青年交流合作安排》。",
                                "上述安排将为两国青年交流提供保障。", "双方就下一步工作安排保持沟通，已为此作出安排。"),
                        "0|《越南社会主义共和国政府和法兰西共和国政府青年交流合作安排》|越南社会主义共和国政府和法兰西共和国政府青年交流合作安排|-;"
                                + "1|上述安排|越南社会主义共和国政府和法兰西共和国政府青年交流合作安排|A"),
                Arguments.of(List.of("双方将为部长级会晤作出安排，落实工作安排。"), ""),
                Arguments.of(List.of("双方同意用好《越南社会主义共和国政府和智利共和国政府自由贸易协定》（越智自贸协定）。",
                                "双方决定启动越智自贸协定升级谈判。"),
                        "0|《越南社会主义共和国政府和智利共和国政府自由贸易协定》（越智自贸协定）|越南社会主义共和国政府和智利共和国政府自由贸易协定|-;"
                                + "1|越智自贸协定|越南社会主义共和国政府和智利共和国政府自由贸易协定|-"),
                Arguments.of(List.of("双方将落实《巴西和阿根廷边境合作协定》（全文附后）和《东盟互联互通总体规划》（纲要）。"),
                        "0|《巴西和阿根廷边境合作协定》|巴西和阿根廷边境合作协定|-;0|《东盟互联互通总体规划》|东盟互联互通总体规划|-"),
                Arguments.of(List.of("双方同意尽快完成《越南社会主义共和国政府和老挝人民民主共和国政府边境管理协定》修正案的谈判。"),
                        "0|《越南社会主义共和国政府和老挝人民民主共和国政府边境管理协定》|越南社会主义共和国政府和老挝人民民主共和国政府边境管理协定|-;"
                                + "0|修正案|越南社会主义共和国政府和老挝人民民主共和国政府边境管理协定修正案|-"),
                Arguments.of(List.of("双方签署了《巴西和阿根廷能源合作谅解备忘录》和《巴西和阿根廷农业合作协定》。",
                                "双方同意落实上述两份文件。"),
                        "0|《巴西和阿根廷能源合作谅解备忘录》|巴西和阿根廷能源合作谅解备忘录|-;"
                                + "0|《巴西和阿根廷农业合作协定》|巴西和阿根廷农业合作协定|-;"
                                + "1|上述两份文件|巴西和阿根廷能源合作谅解备忘录|A;1|上述两份文件|巴西和阿根廷农业合作协定|A"),
                Arguments.of(List.of("双方欢迎《越南和泰国投资协定》《越南和泰国文化合作备忘录》和《越南和泰国海关协定》签署。",
                                "这两项协定将于明年生效。"),
                        "0|《越南和泰国投资协定》|越南和泰国投资协定|-;0|《越南和泰国文化合作备忘录》|越南和泰国文化合作备忘录|-;"
                                + "0|《越南和泰国海关协定》|越南和泰国海关协定|-;"
                                + "1|这两项协定|越南和泰国投资协定|A;1|这两项协定|越南和泰国海关协定|A"),
                Arguments.of(List.of("双方同意在上述两个领域加强合作，签署两份文件。"), ""),
                Arguments.of(List.of("访问期间，越南和智利签署了《越南和智利农业合作谅解备忘录》等文件。",
                                "双方将推动上述文件得到落实。"),
                        "0|《越南和智利农业合作谅解备忘录》|越南和智利农业合作谅解备忘录|-;"
                                + "1|上述文件|越南和智利农业合作谅解备忘录|A"),
                Arguments.of(List.of("上述文件将提交两国议会审议。"), ""),
                Arguments.of(List.of("越南和古巴支持联合国大会第77/7号决议及第77/12号决议。"),
                        "0|联合国大会第77/7号决议|联合国大会第77/7号决议|-;0|第77/12号决议|联合国大会第77/12号决议|-"),
                Arguments.of(List.of("巴西和南非欢迎安理会第2334号决议和第2728号决议、第2735号决议。"),
                        "0|安理会第2334号决议|联合国安理会第2334号决议|-;0|第2728号决议|联合国安理会第2728号决议|-;"
                                + "0|第2735号决议|联合国安理会第2735号决议|-"),
                Arguments.of(List.of("双方欢迎埃塞俄比亚联邦民主共和国和厄立特里亚国和平与友好条约生效，支持该条约得到全面落实。"),
                        "0|埃塞俄比亚联邦民主共和国和厄立特里亚国和平与友好条约|埃塞俄比亚联邦民主共和国和厄立特里亚国和平与友好条约|-;"
                                + "0|该条约|埃塞俄比亚联邦民主共和国和厄立特里亚国和平与友好条约|A"),
                Arguments.of(List.of("老挝和柬埔寨将签署边境协定，越南和老挝同意加强合作并商签投资协定。"), ""),
                Arguments.of(List.of("《中导条约》失效后，双方主张条约当事方恢复对话，推动条约早日恢复。"),
                        "0|《中导条约》|苏美关于消除中程和中短程导弹条约|-;0|条约|苏美关于消除中程和中短程导弹条约|A;"
                                + "0|条约|苏美关于消除中程和中短程导弹条约|A"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsAndLinks(List<String> units, String expected) {
        Document doc = Docs.of(units.toArray(String[]::new));
        List<List<Reference>> refs = CATALOG.find(doc);
        List<String> got = new ArrayList<>();
        for (int u = 0; u < refs.size(); u++) {
            for (Reference r : refs.get(u)) {
                got.add(u + "|" + units.get(u).substring(r.begin(), r.end()) + "|" + r.instrument().title() + "|"
                        + (r.anaphoric() ? "A" : "-"));
            }
        }
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertEquals(want, got);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "巴方重申恪守《联合国宪章》第二条规定的各项原则。,第二条",
        "双方同意根据《联合国宪章》第七章采取行动。,第七章",
        "双方重申《不扩散核武器条约》第六条第一款的义务。,第六条第一款"})
    void keepsTheArticle(String sentence, String article) {
        Reference r = CATALOG.find(Docs.of(sentence)).get(0).get(0);
        assertEquals(java.util.Optional.of(article), r.article());
    }

    @org.junit.jupiter.api.Test
    void aSessionNumberedResolutionHasAKeyWithoutSlash() {
        Reference r = CATALOG.find(Docs.of("双方呼吁执行联合国大会第77/7号决议。")).get(0).get(0);
        assertEquals("unga-resolution-77-7", r.instrument().key());
    }
}
