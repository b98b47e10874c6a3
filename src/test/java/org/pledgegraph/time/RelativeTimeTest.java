package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeTimeTest {
    private static final DateFinder FINDER = new DateFinder();
    private static final Optional<LocalDate> DATE = Optional.of(LocalDate.of(2019, 6, 5));

    private static String resolved(String sentence, Optional<LocalDate> date) {
        return FINDER.relative(sentence, date).stream().map(t -> t.phrase() + "=" + t.dueBy())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "支持管道项目年内投产。|年内=2019",
        "双方将于明年举行下一轮磋商。|明年=2020",
        "今后五年，双方将扩大投资合作。|今后五年=2024",
        "未来10年两国贸易额翻一番。|未来10年=2029",
        "三年内完成谈判。|三年内=2022",
        "到本世纪中叶建成现代化强国。|本世纪中叶=2050",
        "双方争取到2025年前完成谈判。|到2025年前=2025",
        "力争今年年底前签署协定。|今年年底前=2019-12",
        "双方将在下半年举行联合演习。|下半年=2019-12",
        "双方将在“十四五”期间深化合作。|“十四五”期间=2025",
        "到2030年底前实现碳达峰。|到2030年底前=2030-12",
        "本月内举行会谈。|本月内=2019-06",
        "双方将在2020年内完成谈判。|2020年内=2020",
        "两国将在两年内建成该项目。|两年内=2021",
        // rules with a written year run only on texts with four digits in a row: Arabic, full-width, mixed, Chinese
        "巴基斯坦和中国争取到２０３０年底前建成走廊。|到２０３０年底前=2030-12",
        "越南和法国力争至2０3０年实现目标。|至2０3０年=2030",
        "哈萨克斯坦将于二〇二五年前完成改革。|二〇二五年前=2025",
        "东盟和欧盟将在二○二二年内完成谈判。|二○二二年内=2022",
        "巴西承诺截至2025年，贸易额翻一番。|截至2025年=2025",
    })
    void resolvesAgainstTheDocumentDate(String sentence, String expected) {
        assertEquals(expected, resolved(sentence, DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "70年来，两国关系走过不平凡的历程。",
        "当前国际形势复杂。",
        "在过去30年里曾是基础之一。",
        "二十五日双方举行会谈。",
        "2018年至2020年，双方共举办活动100余场。",
    })
    void durationsAndVagueTimesAreNotResolved(String sentence) {
        assertEquals("", resolved(sentence, DATE));
    }

    @Test
    void withoutDocumentDateOnlyExplicitYearsResolve() {
        assertEquals("到2025年前=2025", resolved("年内启动谈判，到2025年前完成。", Optional.empty()));
    }

    @Test
    void offsetAndTypeAreGiven() {
        String sentence = "力争今年年底前签署协定。";
        List<RelativeTime> times = FINDER.relative(sentence, DATE);
        assertEquals(1, times.size());
        assertTrue(sentence.startsWith(times.get(0).phrase(), times.get(0).at()));
        assertEquals(DateType.YEAR_MONTH, times.get(0).type());
    }
}
