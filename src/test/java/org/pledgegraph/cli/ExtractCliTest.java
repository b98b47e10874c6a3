package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.rdf.Iris;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.validate.ShapeValidator;
import org.pledgegraph.validate.ValidationResult;

/**
 * {@code pledgegraph extract} on what users really have: every encoding, damaged text, files
 * that are not statements, a folder mixing them. Each bad file gives one line naming it, the
 * others are extracted, the exit code says whether anything failed, and every graph written
 * meets the shapes.
 */
class ExtractCliTest {
    @TempDir
    Path dir;

    private Path in() throws Exception {
        return Files.createDirectories(dir.resolve("in"));
    }

    private Cli.Result extract(String... args) {
        List<String> all = new ArrayList<>(List.of("extract", "--format", "trig", "-o", dir.resolve("out.trig").toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private Dataset output() {
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, dir.resolve("out.trig").toString(), Lang.TRIG);
        return ds;
    }

    private static Set<String> graphNames(Dataset ds) {
        Set<String> names = new TreeSet<>();
        ds.listNames().forEachRemaining(n -> names.add(n.substring(n.lastIndexOf('/') + 1)));
        return names;
    }

    private static int commitments(Model m) {
        return m.listSubjectsWithProperty(RDF.type, PG.Commitment).toList().size();
    }

    private static void assertConforms(Dataset ds) {
        ShapeValidator shapes = ShapeValidator.load();
        ds.listNames().forEachRemaining(g -> {
            ValidationResult r = shapes.validate(ds.getNamedModel(g).getGraph());
            assertTrue(r.conforms(), g + ": " + r.messages());
        });
    }

    /** The single report line for {@code file}, checked to name it and {@code problem}. */
    private static void assertOneLine(Cli.Result r, Path file, String problem) {
        List<String> lines = r.errors().stream().filter(l -> l.contains(file.toString())).toList();
        assertEquals(1, lines.size(), file + " should be reported once: " + r.err());
        assertTrue(lines.get(0).startsWith("pledgegraph: " + file + ": "), lines.get(0));
        assertTrue(lines.get(0).contains(problem), lines.get(0));
    }

    @Test
    void aFolderOfGoodAndBadFilesExtractsTheGoodOnesAndNamesEachBadOne() throws Exception {
        Path in = in();
        Inputs.text(in, "fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Inputs.text(in, "vnm-kaz-gbk.txt", Inputs.VNM_KAZ, Charset.forName("GBK"));
        Inputs.text(in, "vnm-kaz-gb18030.txt", Inputs.VNM_KAZ, Charset.forName("GB18030"));
        Inputs.text(in, "pak-tur-big5.txt", Inputs.PAK_TUR_TRADITIONAL, Charset.forName("Big5"));
        Inputs.withBom(in, "idn-egy-utf8-bom.txt", Inputs.IDN_EGY, StandardCharsets.UTF_8);
        Inputs.withBom(in, "idn-egy-utf16.txt", Inputs.IDN_EGY, StandardCharsets.UTF_16LE);
        Inputs.text(in, "sub/mex-arg-unbalanced.txt", Inputs.MEX_ARG_UNBALANCED, StandardCharsets.UTF_8);
        Inputs.text(in, "no-parties.txt", Inputs.NO_PARTIES, StandardCharsets.UTF_8);
        Path empty = Inputs.empty(in, "empty.txt");
        Path binary = Inputs.binary(in, "binary.txt");
        Path english = Inputs.english(in, "english.txt");
        Path broken = Inputs.brokenLink(in, "broken-link.txt");
        Path large = Inputs.large(in, "sub/archive-50mb.txt", 50);
        Path fifo = Inputs.fifo(in, "pipe.txt");

        Cli.Result r = extract(in.toString());

        assertEquals(1, r.code(), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertOneLine(r, empty, "empty file");
        assertOneLine(r, binary, "binary file");
        assertOneLine(r, english, "no Chinese text");
        assertOneLine(r, broken, "broken link");
        assertOneLine(r, large, "too large: 50.0 MB");
        int bad = 5;
        if (fifo != null) {
            assertOneLine(r, fifo, "not a regular file");
            bad++;
        }
        assertEquals(bad, r.errors().size(), r.err());
        Dataset ds = output();
        assertEquals(Set.of("fra-bra", "vnm-kaz-gbk", "vnm-kaz-gb18030", "pak-tur-big5", "idn-egy-utf8-bom",
                "idn-egy-utf16", "mex-arg-unbalanced", "no-parties"), graphNames(ds));
        ds.listNames().forEachRemaining(g -> assertTrue(commitments(ds.getNamedModel(g)) >= 1, g));
        assertConforms(ds);
    }

    /** N-Quads are written file by file as they are extracted: the same quads as a whole-dataset syntax. */
    @Test
    void nQuadsStreamedFileByFileHoldTheSameQuadsAsTriG() throws Exception {
        Path in = in();
        Inputs.text(in, "fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Inputs.text(in, "vnm-kaz.txt", Inputs.VNM_KAZ, StandardCharsets.UTF_8);
        Path binary = Inputs.binary(in, "binary.txt");
        Inputs.text(in, "idn-egy.txt", Inputs.IDN_EGY, StandardCharsets.UTF_8);
        Path nq = dir.resolve("out.nq");

        Cli.Result streamed = Cli.run("extract", "--format", "nq", "-o", nq.toString(), in.toString());
        Cli.Result whole = extract(in.toString());

        assertEquals(1, streamed.code(), streamed.err());
        assertOneLine(streamed, binary, "binary file");
        Dataset fromNq = DatasetFactory.create();
        RDFDataMgr.read(fromNq, nq.toString(), Lang.NQUADS);
        assertEquals(Set.of("fra-bra", "vnm-kaz", "idn-egy"), graphNames(fromNq));
        assertEquals(1, whole.code(), whole.err());
        assertEquals(quads(output()), quads(fromNq));
    }

    /** Every quad as a line, without the run's start time (which differs between two runs). */
    private static Set<String> quads(Dataset ds) {
        Set<String> lines = new TreeSet<>();
        ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (!q.getPredicate().getURI().endsWith("startedAtTime")) {
                lines.add(q.toString());
            }
        });
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GBK, VNM_KAZ", "GB18030, VNM_KAZ", "Big5, PAK_TUR_TRADITIONAL", "UTF-16LE, FRA_BRA",
        "UTF-16BE, FRA_BRA"})
    void eachEncodingGivesTheSameExtractionAsUtf8(String charset, String which) throws Exception {
        String text = (String) Inputs.class.getDeclaredField(which).get(null);
        Inputs.text(in(), "a/statement.txt", text, StandardCharsets.UTF_8);
        Inputs.text(in(), "b/encoded.txt", text, Charset.forName(charset));
        Cli.Result r = extract(in().toString());
        assertEquals(0, r.code(), r.err());
        Dataset ds = output();
        Set<String> utf8 = texts(ds.getNamedModel(PG.ID + "graph/statement"));
        assertTrue(utf8.size() >= 2, utf8.toString());
        assertEquals(utf8, texts(ds.getNamedModel(PG.ID + "graph/encoded")));
    }

    private static Set<String> texts(Model m) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(PG.text).forEachRemaining(n -> out.add(n.asLiteral().getString()));
        return out;
    }

    @Test
    void anUnbalancedBracketDoesNotSwallowTheRestOfTheText() throws Exception {
        Path file = Inputs.text(in(), "mex-arg.txt", Inputs.MEX_ARG_UNBALANCED, StandardCharsets.UTF_8);
        Cli.Result r = extract(file.toString());
        assertEquals(0, r.code(), r.err());
        Model m = output().getNamedModel(PG.ID + "graph/mex-arg");
        assertEquals(3, m.listSubjectsWithProperty(RDF.type, PG.Clause).toList().size(), "one clause per line");
        assertTrue(commitments(m) >= 3, "the clauses after the open 《 and “ are read too");
        assertConforms(output());
    }

    @Test
    void aStatementWithNoRecognisablePartiesIsExtractedWithAnUnknownPartyAndAWarning() throws Exception {
        Path file = Inputs.text(in(), "no-parties.txt", Inputs.NO_PARTIES, StandardCharsets.UTF_8);
        Cli.Result r = extract(file.toString());
        assertEquals(0, r.code(), r.err());
        List<String> warnings = r.warnings().stream().filter(w -> w.contains(file + ": no parties recognised")).toList();
        assertEquals(1, warnings.size(), r.err());
        Model m = output().getNamedModel(PG.ID + "graph/no-parties");
        assertTrue(commitments(m) >= 2, "both clauses are still extracted");
        m.listSubjectsWithProperty(RDF.type, PG.Commitment).forEachRemaining(c ->
                assertEquals(Iris.actor("unknown"), c.getPropertyResourceValue(PG.party).getURI()));
        assertConforms(output());
    }

    @Test
    void aForcedEncodingIsUsedAndAWrongOneIsOneLine() throws Exception {
        Path file = Inputs.text(in(), "vnm-kaz.txt", Inputs.VNM_KAZ, Charset.forName("GBK"));
        assertEquals(0, extract("--encoding", "GBK", file.toString()).code());
        Cli.Result wrong = extract("--encoding", "UTF-8", file.toString());
        assertEquals(1, wrong.code());
        assertOneLine(wrong, file, "not valid UTF-8");
        assertEquals(1, wrong.errors().size(), wrong.err());
    }

    @Test
    void aPathThatDoesNotExistIsOneLineAndExitCode1() {
        Path path = dir.resolve("no/such/statement.txt");
        Cli.Result r = extract(path.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("pledgegraph: " + path + ": no such file or folder"), r.errors());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void failFastStopsAtTheFirstBadFile() throws Exception {
        Path in = in();
        Inputs.text(in, "a-fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Path bad = Inputs.empty(in, "b-empty.txt");
        Inputs.binary(in, "c-binary.txt");
        Inputs.text(in, "d-vnm-kaz.txt", Inputs.VNM_KAZ, StandardCharsets.UTF_8);
        Cli.Result r = extract("--fail-fast", in.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errors().size(), r.err());
        assertOneLine(r, bad, "empty file");
        assertEquals(Set.of("a-fra-bra"), graphNames(output()), "files after the bad one are not read");
    }

    @Test
    void failFastStopsAtAMissingPathBeforeReadingAnything() throws Exception {
        Path in = in();
        Inputs.text(in, "fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = extract("--fail-fast", in.toString(), missing.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("pledgegraph: " + missing + ": no such file or folder"), r.errors());
        assertFalse(Files.exists(dir.resolve("out.trig")));
    }

    @Test
    void twoFilesWithTheSameNameInDifferentFoldersDoNotOverwriteEachOther() throws Exception {
        Path in = in();
        Inputs.text(in, "a/statement.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Path second = Inputs.text(in, "b/statement.txt", Inputs.VNM_KAZ, StandardCharsets.UTF_8);
        Cli.Result r = extract(in.toString());
        assertEquals(1, r.code());
        assertOneLine(r, second, "same graph");
        assertTrue(output().getNamedModel(PG.ID + "graph/statement").listObjectsOfProperty(PG.text).toList()
                .stream().anyMatch(t -> t.toString().contains("基础设施")), "the first file's graph is kept");
    }

    @Test
    void anUnreadableFileIsOneLine() throws Exception {
        Path file = Inputs.text(in(), "secret.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as root: permissions do not stop reading "
                + "(the broken link and the named pipe above stand in for unreadable entries)");
        Cli.Result r = extract(in().toString());
        assertEquals(1, r.code());
        assertOneLine(r, file, "not readable");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"missing-folder, does not exist", "a-folder, it is a folder"})
    void anOutputThatCannotBeWrittenIsOneLine(String kind, String problem) throws Exception {
        Path file = Inputs.text(in(), "fra-bra.txt", Inputs.FRA_BRA, StandardCharsets.UTF_8);
        Path out = kind.equals("a-folder") ? in() : dir.resolve("no/such/folder/out.ttl");
        Cli.Result r = Cli.run("extract", file.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).startsWith("pledgegraph: " + out + ": "), r.err());
        assertTrue(r.errors().get(0).contains(problem), r.err());
    }

    /** Odd texts that are still Chinese text: each is extracted (exit 0), none crashes a stage. */
    @Test
    void oddTextsAreExtractedWithoutCrashingAnyStage() throws Exception {
        Path in = in();
        String[][] cases = {
            {"only-punctuation", "《》“”（）、。，；：！？《》“”（）、。，；：！？中"},
            {"many-open-brackets", "法兰西共和国和巴西联邦共和国联合声明\n" + "双方支持《".repeat(300) + "\n"},
            {"closing-only", "越南社会主义共和国和老挝人民民主共和国联合声明\n双方》支持”多边主义。》》》”\n"},
            {"nested-quotes", "越南社会主义共和国和老挝人民民主共和国联合声明\n双方认为“《“《巴黎协定》”》”是重要的。”\n"},
            {"emoji-and-extension-b", "越南社会主义共和国和老挝人民民主共和国联合声明\n双方同意😀加强𠀀𠀁合作。\n"},
            {"zero-width", "越南\u200b社会主义共和国和老挝人民民主共和国联合声明\n双方\u200d同意\ufeff加强合作。\n"},
            {"title-only", "阿根廷共和国和智利共和国联合声明\n"},
            {"ocr-spaces", "阿 根 廷 共 和 国 和 智 利 共 和 国 联 合 声 明\n双 方 同 意 加 强 合 作 。\n"},
            {"html", "<html><head><title>阿根廷和智利联合声明</title></head><body><p>双方同意加强合作。</p></body></html>"},
            {"impossible-dates", "阿根廷共和国和智利共和国联合声明\n双方同意于二〇二五年十三月三十二日前、2019年2月30日完成谈判。\n"},
            {"list-markers-only", "阿根廷共和国和智利共和国联合声明\n一、\n二、\n（一）\n1.\n双方同意：\n"},
            {"one-long-line", "法兰西共和国和巴西联邦共和国联合声明\n" + "双方同意加强在能源领域的合作，".repeat(2000) + "。\n"},
        };
        for (String[] c : cases) {
            Inputs.text(in, c[0] + ".txt", c[1], StandardCharsets.UTF_8);
        }
        Cli.Result r = extract(in.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(cases.length, graphNames(output()).size());
        assertConforms(output());
    }
}
