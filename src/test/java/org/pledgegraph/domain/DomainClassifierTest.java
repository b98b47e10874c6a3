package org.pledgegraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.DocumentReader;
import org.pledgegraph.read.SourceText;

/** Areas of whole short documents; units separated by " / ", the expected area of the LAST unit. */
class DomainClassifierTest {
    private static final DomainClassifier CLASSIFIER = DomainClassifier.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        item takes the area its lead-in names (Vietnam/Brazil) | 越南和巴西联合声明 / 双方同意在以下领域加强务实合作： / （一）巴方欢迎越南企业参与大型项目建设； | Economic
        item of a lead-in that names no area keeps Relations   | 越南和巴西联合声明 / 双方一致认为： / （一）巴方欢迎越南企业参与大型项目建设； | Relations
        a plain sentence after the list does not inherit       | 越南和巴西联合声明 / 双方同意在以下领域加强务实合作： / （一）原油贸易； / 双方对会谈成果表示满意。 | Relations
        an answer (对此) takes the area of what it answers     | 埃及和约旦联合声明 / 约方支持埃方提出的全球治理倡议。 / 埃方对此表示感谢。 | International
        an answer naming its own topic keeps it                | 埃及和约旦联合声明 / 约方支持埃方提出的全球治理倡议。 / 埃方对此表示感谢，愿扩大双边贸易。 | Economic
        a sentence that answers nothing does not inherit       | 埃及和约旦联合声明 / 约方支持埃方提出的全球治理倡议。 / 埃方表示感谢。 | Relations
        this visit (对此次) answers nothing                     | 埃及和约旦联合声明 / 约方支持埃方提出的全球治理倡议。 / 双方对此次访问的成果表示满意。 | Relations
        an answer (为此) takes the area of what it answers     | 埃及和约旦联合声明 / 约方将加强反恐合作。 / 埃方对约方为此所作努力表示赞赏。 | Security
        for this visit (为此次) answers nothing                | 埃及和约旦联合声明 / 约方将加强反恐合作。 / 埃方为此次访问作了精心安排。 | Relations
        an answer to its own first clause does not inherit     | 埃及和约旦联合声明 / 约方支持埃方提出的全球治理倡议。 / 约方邀请埃方领导人再次访问约旦，埃方对此表示感谢。 | Relations
        """)
    void areaOfTheLastUnit(String name, String text, Area expected) {
        assertEquals(expected, lastArea(text, 2));
    }

    /** A statement one party makes alone has no relationship to describe: what names no area is political. */
    @ParameterizedTest(name = "{0} parties: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        1 | 法兰西共和国政府声明 / 法国政府忠实履行其承担的国际义务。 | Political
        2 | 法国和印度尼西亚联合声明 / 双方忠实履行各自承担的国际义务。 | Relations
        1 | 巴西联邦共和国政府声明 / 巴西政府将深化能源合作。 | Economic
        """)
    void whatNamesNoAreaDependsOnHowManyPartiesSpeak(int parties, String text, Area expected) {
        assertEquals(expected, lastArea(text, parties));
    }

    private static Area lastArea(String text, int parties) {
        String body = String.join("\n", text.split(" / "));
        SourceText src = new SourceText(Path.of("t.txt"), body + "\n", StandardCharsets.UTF_8);
        Document doc = new DocumentReader().documents(src).get(0);
        List<Domain> domains = CLASSIFIER.classify(doc, parties);
        return domains.get(domains.size() - 1).area();
    }
}
