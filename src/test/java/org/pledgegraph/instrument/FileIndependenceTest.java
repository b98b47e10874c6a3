package org.pledgegraph.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Pipeline;
import org.pledgegraph.Seeds;
import org.pledgegraph.read.SourceReader;
import org.pledgegraph.read.SourceText;

/** A file's graph is a function of that file: the files one pipeline extracted before, or beside it, change nothing. */
class FileIndependenceTest {
    private static final String FRANCE = """
            中华人民共和国和法兰西共和国联合声明

            一、双方重申，《不扩散核武器条约》是国际核不扩散体系的基石，支持《全面禁止核试验条约》。

            二、双方将继续维护伊核问题全面协议，落实《核能协定》。
            """;
    private static final String BRAZIL = """
            中华人民共和国和巴西联邦共和国联合声明

            一、双方欢迎2018年1月9日在北京签署的《中华人民共和国政府和巴西联邦共和国政府关于和平利用核能的合作协定》（以下简称《核能协定》）。

            二、双方呼吁所有《不扩散核武器条约》缔约国全面履约，推动《全面禁止核试验条约》早日生效。

            三、双方表示，美国2018年宣布退出伊核问题全面协议，损害了全面协议的执行。
            """;
    private static final String VIETNAM = """
            中华人民共和国和越南社会主义共和国联合声明

            双方同意加快中越自由贸易协定谈判，重申《不扩散核武器条约》（NPT）的重要性，将落实《核能协定》。
            """;
    private static Pipeline pipeline;

    @BeforeAll
    static void create() {
        pipeline = Pipeline.create();
    }

    private static SourceText text(String name, String text) {
        return new SourceText(Path.of(name), text, StandardCharsets.UTF_8);
    }

    /** The file's triples as N-Triples lines, but for the run's start time. */
    private static Set<String> triples(SourceText source) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, pipeline.extract(source).model(), Lang.NTRIPLES);
        return Arrays.stream(out.toString().split("\n")).filter(l -> !l.contains("startedAtTime"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The triples of one set and not of the other, marked + (only in after) and - (only in before). */
    private static Set<String> changed(Set<String> before, Set<String> after) {
        Set<String> d = new TreeSet<>();
        before.stream().filter(t -> !after.contains(t)).forEach(t -> d.add("- " + t));
        after.stream().filter(t -> !before.contains(t)).forEach(t -> d.add("+ " + t));
        return d;
    }

    @Test
    void extractingAnotherFileBetweenTwoExtractionsOfAFileLeavesItsGraphAsItWas() {
        SourceText france = text("fr.txt", FRANCE);
        Set<String> before = triples(france);
        Set<String> brazil = triples(text("br.txt", BRAZIL));
        Set<String> after = triples(france);
        assertEquals(Set.of(), changed(before, after));
        assertTrue(brazil.stream().anyMatch(t -> t.contains("/instrument/ctbt") && t.contains("NotInForce")));
        assertTrue(brazil.stream().anyMatch(t -> t.contains("/instrument/jcpoa") && t.contains("Withdrawn")));
        assertFalse(after.stream().anyMatch(t -> t.contains("NotInForce") || t.contains("Withdrawn")));
        assertFalse(after.stream().anyMatch(t -> t.contains("巴西联邦共和国政府关于和平利用核能")));
    }

    @Test
    void theSeedIsExtractedAlikeBeforeAndAfterAnotherFile() {
        SourceText seed = SourceReader.read(Seeds.SEED, null);
        Set<String> before = triples(seed);
        triples(text("br.txt", BRAZIL));
        triples(text("vn.txt", VIETNAM));
        assertEquals(Set.of(), changed(before, triples(seed)));
    }

    @Test
    void filesExtractedInParallelGiveTheGraphsTheyGiveOneByOne() {
        List<SourceText> files = IntStream.range(0, 9)
                .mapToObj(n -> text("f" + n + ".txt", List.of(FRANCE, BRAZIL, VIETNAM).get(n % 3))).toList();
        Map<Path, Set<String>> sequential = files.stream()
                .collect(Collectors.toMap(SourceText::path, FileIndependenceTest::triples));
        Map<Path, Set<String>> parallel = files.parallelStream()
                .collect(Collectors.toConcurrentMap(SourceText::path, FileIndependenceTest::triples));
        files.forEach(f -> assertEquals(Set.of(), changed(sequential.get(f.path()), parallel.get(f.path())), f.path()::toString));
    }
}
