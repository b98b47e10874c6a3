package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the words around a mention say of the instrument. Expected: {@code type/date/place/actor}, "" for none. */
class EventReaderTest {
    private static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "双方将落实2016年6月25日在北京签署的《中华人民共和国和法兰西共和国关于气候变化的联合声明》。;signed/2016-06-25/北京/",
        "确保2018年5月17日签署的《中华人民共和国与东南亚国家联盟贸易协定》早日生效。;signed/2018-05-17//,notInForce///",
        "破坏了将于2026年2月到期的《新削减战略武器条约》。;expires/2026-02//",
        "美国2018年宣布退出伊核问题全面协议。;withdrawn/2018//美国",
        "美方决定退出《苏美关于消除中程和中短程导弹条约》。;withdrawn///美国",
        "双方主张在越方“东盟地区海上合作协定”草案基础上开展谈判。;draft///",
        "双方主张启动《中巴自由贸易协定》第二阶段谈判。;''",
        "双方主张启动《中哈自由贸易协定》谈判。;proposed///",
        "双方欢迎《巴黎协定》的签署。;''",
        // rules are tried only on windows that hold their required letters (退出, 拒绝批准, 将于……的)
        "美国1999年拒绝批准《全面禁止核试验条约》。;ratificationRefused/1999//美国",
        "巴西和阿根廷认为将于2030年到期的《南方共同市场汽车协定》应当延长。;expires/2030//",
        "越方指出，《中国—东盟自由贸易协定》将于2025年1月失效。;expires/2025-01//",
        "巴基斯坦2015年6月正式签署《亚洲基础设施投资银行协定》。;signed/2015-06//"
    })
    void readsEvents(String sentence, String expected) {
        Reference r = CATALOG.find(Docs.of(sentence)).get(0).get(0);
        List<String> got = r.instrument().events().stream().filter(e -> !e.evidence().startsWith("gazetteer"))
                .map(e -> e.type() + "/" + e.date().orElse("") + "/" + e.place().orElse("") + "/" + e.actor().orElse(""))
                .toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), got);
    }

    @ParameterizedTest
    @CsvSource({"2016年6月25日,2016-06-25", "2021年2月,2021-02", "2001年,2001", "1987年12月8日,1987-12-08",
        "1999年01月1日,1999-01-01", "2030年10月05日,2030-10-05"})
    void normalisesDates(String written, String iso) {
        assertEquals(iso, EventReader.isoDate(written));
    }

    @ParameterizedTest
    @CsvSource({"苏美关于消除中程和中短程导弹条约,苏联 美国", "中华人民共和国主席和俄罗斯联邦总统关于加强全球战略稳定的联合声明,中国 俄罗斯",
        "中华人民共和国与欧亚经济联盟经贸合作协定,中国 欧亚经济联盟", "中法关于核能合作的联合声明,中国 法国",
        "中华人民共和国和印度尼西亚共和国关于全面战略伙伴关系的联合声明,中国 印度尼西亚", "中巴经济走廊远景规划,中国 巴基斯坦",
        "关于俄扩大大豆和豆制品输华的合作规划,''", "中国东北地区和俄罗斯远东及贝加尔地区农业发展规划,''"})
    void readsPartiesFromTitles(String title, String parties) {
        List<String> got = Parties.load().ofTitle(title).stream().map(Party::name).toList();
        assertEquals(parties.isEmpty() ? List.of() : List.of(parties.split(" ")), got);
    }
}
