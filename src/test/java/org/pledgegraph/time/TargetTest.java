package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {
    private static final DateFinder FINDER = new DateFinder();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "互派优秀学生，实现2020年相互留学交流10万人目标。|100000|人|2020",
        "双边贸易额达到2000亿美元。|200000000000|美元|0",
        "力争到2025年双边贸易额突破500亿美元。|50000000000|美元|2025",
        "争取2022年两国人员往来达到一百万人次。|1000000|人次|2022",
        "推动可再生能源占比提高到30%。|30|%|0",
        "2023年双边贸易额增至1,500亿欧元。|150000000000|欧元|2023",
        // a clause is scanned only if it holds a trigger or 目标: at its start, its end, or both
        "巴基斯坦和中国争取2030年双边贸易额300亿美元。|30000000000|美元|2030",
        "哈萨克斯坦和越南力争2030年两国游客200万人次。|2000000|人次|2030",
        "法国计划2025年吸引留学生5万人的目标。|50000|人|2025",
        "东盟和欧盟，到2030年贸易额增加到1,200亿欧元。|120000000000|欧元|2030",
    })
    void findsTheQuantityUnitAndYear(String sentence, String quantity, String unit, int year) {
        List<Target> targets = FINDER.targets(sentence);
        assertEquals(1, targets.size(), targets.toString());
        Target t = targets.get(0);
        assertEquals(0, new BigDecimal(quantity).compareTo(t.quantity()), t.toString());
        assertEquals(unit, t.unit());
        assertEquals(year == 0 ? OptionalInt.empty() : OptionalInt.of(year), t.year());
        assertTrue(sentence.startsWith(t.phrase(), t.at()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2018年两国贸易额为1070亿美元。",
        "两国已有10万名留学生。",
        "2019年是两国建交70周年。",
        // the trigger or 目标 is in another clause than the quantity
        "巴西和阿根廷力争，2025年贸易额500亿美元。",
        "2025年贸易额500亿美元，这是法国和越南的目标。",
    })
    void quantitiesThatAreNotAimsAreNotTargets(String sentence) {
        assertEquals(List.of(), FINDER.targets(sentence));
    }
}
