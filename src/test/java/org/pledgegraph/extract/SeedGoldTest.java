package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Score;
import org.pledgegraph.SeedGold;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Section;
import org.pledgegraph.read.SourceText;
import org.pledgegraph.read.Span;
import org.pledgegraph.read.Unit;

/**
 * Measures the extractor on the gold units of the seed text with the scorer's two statement
 * measures (set of party+kind per unit; counted party+kind+verb+negated) and keeps them from
 * falling below the figures reached (a ratchet).
 */
class SeedGoldTest {
    private static final double STATEMENTS_MIN = 0.99;
    private static final double VERB_MIN = 0.99;
    private static final Pattern MARKER = Pattern.compile("^(——|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+[.．、])");

    private static StatementExtractor extractor;
    private static ActorLexicon lexicon;

    @BeforeAll
    static void setUp() {
        lexicon = ActorLexicon.load();
        extractor = new StatementExtractor(lexicon);
    }

    @Test
    void seedStatementsReachTheirRatchet() {
        SeedGold gold = SeedGold.load();
        List<Actor> parties = new ArrayList<>();
        gold.parties().forEach(p -> parties.add(lexicon.actor(p).orElseThrow()));
        Score lenient = new Score();
        Score strict = new Score();
        StringBuilder diffs = new StringBuilder();
        for (SeedGold.Document doc : gold.documents()) {
            List<SeedGold.Unit> units = gold.units(doc);
            List<List<Statement>> found = extractor.extract(document(units), parties);
            for (int k = 0; k < units.size(); k++) {
                SeedGold.Unit u = units.get(k);
                Map<String, Integer> g = new HashMap<>();
                Map<String, Integer> gl = new HashMap<>();
                for (SeedGold.Statement o : u.statements()) {
                    String pk = new TreeSet<>(o.party()) + "/" + o.kind();
                    g.merge(pk + "/" + o.verb() + "/" + o.negated(), 1, Integer::sum);
                    gl.put(pk, 1);
                }
                Map<String, Integer> sys = new HashMap<>();
                Map<String, Integer> sl = new HashMap<>();
                for (Statement s : found.get(k)) {
                    String pk = s.parties().stream().map(a -> a.code().orElse(a.id()))
                            .collect(Collectors.toCollection(TreeSet::new)) + "/" + s.kind();
                    sys.merge(pk + "/" + s.verb() + "/" + s.negated(), 1, Integer::sum);
                    sl.put(pk, 1);
                }
                lenient.add(gl, sl);
                strict.add(g, sys);
                if (!g.equals(sys)) {
                    diffs.append("unit ").append(u.index()).append(": gold ").append(new TreeSet<>(g.keySet()))
                            .append(" sys ").append(new TreeSet<>(sys.keySet())).append(" | ")
                            .append(u.text(), 0, Math.min(40, u.text().length()))
                            .append('\n');
                }
            }
        }
        double f1 = lenient.f1();
        double f1v = strict.f1();
        System.out.println(diffs);
        System.out.printf("statements      tp/fp/fn %d/%d/%d F1 %.3f%n", lenient.tp(), lenient.fp(), lenient.fn(), f1);
        System.out.printf("statements+verb tp/fp/fn %d/%d/%d F1 %.3f%n", strict.tp(), strict.fp(), strict.fn(), f1v);
        assertTrue(f1 >= STATEMENTS_MIN, "statements F1 " + f1 + " fell below " + STATEMENTS_MIN);
        assertTrue(f1v >= VERB_MIN, "statements+verb F1 " + f1v + " fell below " + VERB_MIN);
    }

    private static Document document(List<SeedGold.Unit> units) {
        List<Unit> list = new ArrayList<>();
        String area = null;
        int ordinal = 0;
        int at = 0;
        for (SeedGold.Unit u : units) {
            String text = u.text();
            String a = u.area() == null ? "" : u.area();
            if (!a.equals(area)) {
                ordinal++;
                area = a;
            }
            Matcher m = MARKER.matcher(text);
            String marker = m.find() ? m.group(1) : "";
            list.add(new Unit(list.size(), text, text, new Span(at, at + text.length()), new Section(ordinal, a), marker));
            at += text.length();
        }
        SourceText src = new SourceText(Path.of("seed.txt"), "", StandardCharsets.UTF_8);
        return new Document(src, 0, "", Optional.empty(), list);
    }
}
