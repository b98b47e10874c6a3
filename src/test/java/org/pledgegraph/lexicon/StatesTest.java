package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every CLDR state is found by its short name, and formal names are reached by rule. */
class StatesTest {
    private static final ActorLexicon LEXICON = ActorLexicon.load();

    @Test
    void everyStateIsFoundByItsShortName() {
        Catalog catalog = Catalog.load();
        List<String> wrong = new ArrayList<>();
        int states = 0;
        for (Actor actor : catalog.actors.values()) {
            if (actor.type() != ActorType.STATE) {
                continue;
            }
            states++;
            List<ActorMention> found = LEXICON.mentions(actor.labelZh(), List.of());
            if (found.size() != 1 || !found.get(0).surface().equals(actor.labelZh())
                    || !found.get(0).ids().equals(List.of(actor.id()))) {
                wrong.add(actor.id() + " " + actor.labelZh() + " -> " + found);
            }
        }
        assertTrue(states > 230, "states read from CLDR: " + states);
        assertEquals(List.of(), wrong);
    }

    /** The QIDs in shared/reference/wikidata.md for actors; no other may appear. */
    @Test
    void onlyVerifiedQids() {
        Map<String, String> qids = new TreeMap<>();
        Catalog.load().actors.values().forEach(a -> a.wikidata().ifPresent(q -> qids.put(a.id(), q)));
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("CHN", "Q148"), Map.entry("RUS", "Q159"),
                Map.entry("USA", "Q30"), Map.entry("SUN", "Q15180"), Map.entry("IRN", "Q794"),
                Map.entry("united-nations", "Q1065"), Map.entry("un-security-council", "Q37470"),
                Map.entry("shanghai-cooperation-organisation", "Q485207"), Map.entry("brics", "Q243630"),
                Map.entry("eurasian-economic-union", "Q4173083"), Map.entry("iaea", "Q41984"),
                Map.entry("opcw", "Q842490"))), qids);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        俄罗斯联邦                   | RUS
        巴基斯坦伊斯兰共和国         | PAK
        越南社会主义共和国           | VNM
        哈萨克斯坦共和国             | KAZ
        巴西联邦共和国               | BRA
        朝鲜民主主义人民共和国       | PRK
        老挝人民民主共和国           | LAO
        孟加拉人民共和国             | BGD
        伊朗伊斯兰共和国             | IRN
        委内瑞拉玻利瓦尔共和国       | VEN
        约旦哈希姆王国               | JOR
        阿曼苏丹国                   | OMN
        西班牙王国                   | ESP
        澳大利亚联邦                 | AUS
        印度共和国                   | IND
        斯里兰卡民主社会主义共和国   | LKA
        埃塞俄比亚联邦民主共和国     | ETH
        墨西哥合众国                 | MEX
        柬埔寨王国                   | KHM
        南非共和国                   | ZAF
        """)
    void formalNameByRule(String name, String code) {
        List<ActorMention> found = LEXICON.mentions(name + "政府", List.of());
        assertEquals(1, found.size(), found::toString);
        assertEquals(name, found.get(0).surface());
        assertEquals(List.of(code), found.get(0).ids());
    }
}
