package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    private static final DateFinder FINDER = new DateFinder();
    private static final OptionalInt YEAR = OptionalInt.of(2019);

    private static String found(String sentence, OptionalInt year) {
        return FINDER.find(sentence, year).stream().map(DateValue::lexical).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2016年11月7日，两国总理签署联合声明。|2016-11-07",
        "该条约将于2021年2月到期。|2021-02",
        "两国于2001年建立战略伙伴关系。|2001",
        "法国总统马克龙于2018年1月8日至10日对中国进行国事访问。|2018-01-08 2018-01-10",
        "巴基斯坦总理伊姆兰·汗于2019年4月25日至27日出席第二届高峰论坛。|2019-04-25 2019-04-27",
        "越南国家主席于2017年11月12日至11月14日访问老挝。|2017-11-12 2017-11-14",
        "巴西总统于2019年10月24日至11月2日访华。|2019-10-24 2019-11-02",
        "双方同意2018年至2020年举办中哈地方合作交流年。|2018 2020",
        "双方将于2021-2023年开展联合研究。|2021 2023",
        "双方将在2022—2024年互办旅游年。|2022 2024",
        "双方将在2022年到2024年加强合作。|2022 2024",
        "双方决定2020年、2021年互办“中法文化旅游年”。|2020 2021",
        "双方决定2020、2021年互办“中越人文交流年”。|2020 2021",
        "2019年1-6月，双边贸易额同比增长10%。|2019-01 2019-06",
        "双方于2018年5月17日和2019年4月1日分别签署协定。|2018-05-17 2019-04-01",
        "二〇一九年六月五日，双方在莫斯科签署本声明。|2019-06-05",
        "两国于二〇二〇年举行纪念活动。|2020",
        "一九九一年十二月二十五日苏联解体。|1991-12-25",
        "双方将于２０１９年５月举行磋商。|2019-05",
        "欧盟与东盟于2020年12月1日宣布建立战略伙伴关系。|2020-12-01",
        "2019年是两国建交70周年，双方均予以隆重庆祝。|2019",
        "70年来，两国关系走过不平凡的历程。|",
        "该条约在过去30年里曾是战略稳定的基础之一。|",
        "两国将数十年来首次面临这种风险。|",
        "支持天然气管道项目年内投产。|",
        "当前国际形势正在发生深刻变化。|",
        "俄方出席第二十三届圣彼得堡国际经济论坛。|",
        "双方重申落实安理会第2231号决议。|",
        "二十世纪九十年代以来，两国关系持续发展。|",
        "1990年代以来，两国关系持续发展。|",
        "两国友好交往有长达2000年的历史。|",
        "落实好《中国—东盟战略伙伴关系2030年愿景》。|",
        "落实好《中巴经济走廊远景规划（2017—2030年）》。|",
        "继续秉持2001年《中哈睦邻友好合作条约》宗旨。|2001",
        "在2016年11月7日签署的《中越联合声明》基础上深化合作。|2016-11-07",
        "推动NPT2020年审议大会取得成功。|2020",
        "应遵循1978年联合国第一届裁军特别联大《最后文件》各项原则。|1978",
        "在实施中哈2018—2022年农业合作大纲的基础上拓展合作。|",
        "落实好中越陆地边境口岸发展规划（2016—2025年）。|",
        "双方将制定2021—2025年科技合作计划。|",
        "双方2020年计划举办联合演习。|2020",
        "实现2020年相互留学交流10万人目标。|2020",
        "法方支持中方举办2022年第二十四届冬奥会。|2022",
        "两国将于2025年底前完成谈判。|2025",
        "双方将共同筹备2019年度合作会议。|2019",
        "双方将在2020年共同制定合作规划。|2020",
        "双方将在2020—2022年共同制定合作规划。|2020 2022",
        "双方愿落实2030年可持续发展议程。|",
        "各国应遵守《不扩散核武器条约》（1968年）。|1968",
        "2014年3月，中国国家主席对法国进行国事访问。|2014-03",
        "自2013年以来，两国合作不断深化。|2013",
        "中方力争在2030年前实现碳达峰、2060年前实现碳中和。|2030 2060",
        "1964年1月27日，中法两国建立外交关系。|1964-01-27",
        "二○一九年十月一日举行庆祝活动。|2019-10-01",
        "双方商定于2020年上半年举行联委会会议。|2020",
        "2019年第一季度双边贸易增长。|2019",
        "1954年和平共处五项原则问世。|1954",
        "在 2016 年 11 月 7 日签署的协定基础上深化合作。|2016-11-07",
    })
    void findsDates(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, found(sentence, YEAR));
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "（新华社莫斯科6月5日电）|2019|2019-06-05",
        "（新华社伊斯兰堡3月12日电）|2021|2021-03-12",
        "巴西总统于10月24日至26日访华。|2019|2019-10-24 2019-10-26",
        "去年11月5日，两国签署协定。|2019|2018-11-05",
        "明年3月1日起实施。|2019|2020-03-01",
        "今年9月，两国元首在纽约会晤。|2019|2019-09",
        "2015年9月，两国签署协定，同年12月3日协定生效。|2019|2015-09 2015-12-03",
        "同年12月3日协定生效。|2019|2019-12-03",
        "去年11月5日至7日，越南总理访问哈萨克斯坦。|2020|2019-11-05 2019-11-07",
    })
    void monthDayTakesTheDocumentYear(String sentence, int year, String expected) {
        assertEquals(expected, found(sentence, OptionalInt.of(year)));
    }

    @Test
    void recurringMonthDayIsNotADate() {
        assertEquals("", found("双方将于每年6月5日共同庆祝环境日。", YEAR));
    }

    @Test
    void monthDayWithoutDocumentYearIsNotADate() {
        assertEquals("", found("（新华社伊斯兰堡3月12日电）", OptionalInt.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2016年11月7日|DATE",
        "2021年2月|YEAR_MONTH",
        "2001年|YEAR",
    })
    void typesFollowThePrecision(String sentence, DateType type) {
        assertEquals(List.of(type), FINDER.find(sentence, YEAR).stream().map(DateValue::type).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "法国总统马克龙于2018年1月8日至10日对中国进行国事访问。|2018年,10日",
        "双方将于２０１９年５月举行磋商。|２０１９年",
        "双方决定2020年、2021年互办文化年。|2020年,2021年",
    })
    void offsetsPointAtTheWrittenDate(String sentence, String starts) {
        List<String> expected = Arrays.asList(starts.split(","));
        List<DateValue> dates = FINDER.find(sentence, YEAR);
        assertEquals(expected.size(), dates.size());
        for (int k = 0; k < dates.size(); k++) {
            assertTrue(sentence.startsWith(expected.get(k), dates.get(k).at()), dates.get(k).toString());
        }
    }

    @Test
    void invalidCalendarDayIsNotADate() {
        assertEquals("", found("2019年2月30日", YEAR));
    }
}
