package org.pledgegraph.bench;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.vocabulary.RDF;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Parallel;
import org.pledgegraph.Pipeline;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.serve.QueryParam;
import org.pledgegraph.serve.SavedQuery;
import org.pledgegraph.store.GraphWriter;
import org.pledgegraph.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark: generates a corpus at a scale, then times, in one process on this machine, a
 * first extraction pass (while the JIT compiler compiles the extractor; its output not kept),
 * HanLP's segmentation alone (the floor), the full extraction again (written as N-Quads), our
 * transactional load of those N-Quads, Jena's bulk loader on the same file, every saved query
 * over HTTP to {@code serve} on the loaded store (a child JVM, as a user runs it), and
 * {@code serve} on the seeds to its first answer.
 */
public final class Bench {
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    private static final Duration QUERY_BUDGET = Duration.ofSeconds(20);

    private final Options options;
    private final Consumer<String> progress;

    /**
     * What to run.
     *
     * @param scale      the corpus scale (× the seed)
     * @param dir        a work directory the bench owns (its corpus, stores and N-Quads are replaced)
     * @param seeds      the folder of seed texts
     * @param queries    the folder of saved queries
     * @param threads    worker threads for the floor and the extraction
     * @param queryRuns  times each saved query is timed (after the warm-up pass and two warm-up runs of its own)
     */
    public record Options(int scale, Path dir, Path seeds, Path queries, int threads, int queryRuns) {
        public Options {
            if (scale < 1 || threads < 1 || queryRuns < 1) {
                throw new IllegalArgumentException("scale, threads and runs must be at least 1");
            }
        }
    }

    public Bench(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs every phase and returns the figures. */
    public BenchReport run() throws IOException, InterruptedException {
        Path dir = options.dir();
        double loadAverage = Cpu.loadAverage();
        List<Path> seeds = texts(options.seeds());
        progress.accept("generating the corpus at scale " + options.scale() + " in " + dir.resolve("corpus"));
        clean(dir.resolve("corpus"));
        List<Path> corpus = new CorpusGenerator().generate(seeds, options.scale(), dir.resolve("corpus"));
        long chars = 0;
        for (Path f : corpus) {
            chars += Files.readString(f).length();
        }
        progress.accept("loading the pipeline (lexicons, HanLP dictionaries, shapes)");
        Pipeline pipeline = Pipeline.create();
        // a first pass, timed on its own: the JIT compiler is still compiling the extractor's hot
        // code through most of it (~13 CPU-s, competing with the workers for the two cores)
        progress.accept("extraction, first pass over " + corpus.size() + " files (JIT compiling; output not kept)");
        BenchReport.Phase firstPass = extract(pipeline, corpus, chars, OutputStream.nullOutputStream(), new long[1]);
        progress.accept("floor: HanLP segmentation over " + corpus.size() + " files");
        BenchReport.Phase floor = floor(corpus, chars);
        progress.accept("extraction over " + corpus.size() + " files");
        Path nq = dir.resolve("extraction.nq");
        long[] commitments = {0};
        BenchReport.Phase extraction;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            extraction = extract(pipeline, corpus, chars, out, commitments);
        }
        progress.accept("load: " + nq + " into a fresh store, as load stores files (shared transactions)");
        clean(dir.resolve("store"));
        clean(dir.resolve("bulk"));
        List<Latency> pages = new ArrayList<>();
        List<Latency> whole = new ArrayList<>();
        BenchReport.Phase load;
        try (Store store = Store.open(dir.resolve("store"))) {
            load = load(store, nq);
        }
        progress.accept("queries over HTTP to serve on the loaded store");
        double queryRss;
        // in a JVM of its own, as a user serves a loaded store (not in this one, which has just
        // extracted and loaded it); in the bench's folder, which has no seeds/ to load
        try (ServeStart.Running server = ServeStart.start(dir.resolve("store"), List.of(), dir.resolve("serve-queries.log"), dir)) {
            queries(server.sparql(), pages, whole);
            queryRss = server.peakRssMb();
        }
        progress.accept("Jena bulk loader on the same N-Quads");
        BenchReport.Phase bulk = bulk(dir.resolve("bulk"), nq);
        progress.accept("serve on the seeds, fresh store, then again");
        clean(dir.resolve("serve-store"));
        ServeStart.Result start = ServeStart.time(dir.resolve("serve-store"), List.of(options.seeds()), dir.resolve("serve-1.log"));
        ServeStart.Result restart = ServeStart.time(dir.resolve("serve-store"), List.of(options.seeds()), dir.resolve("serve-2.log"));
        return new BenchReport(options.scale(), corpus.size(), chars, options.threads(), loadAverage, firstPass, floor, extraction,
                commitments[0], load, bulk, pages, whole, queryRss, start, restart);
    }

    private BenchReport.Phase floor(List<Path> corpus, long chars) {
        PeakHeap.reset();
        long t0 = System.nanoTime();
        double cpu0 = Cpu.seconds();
        long[] words = {0};
        Parallel.ordered(corpus, options.threads(), Bench::segment, (file, n) -> words[0] += n.get());
        double s = (System.nanoTime() - t0) / 1e9;
        LOG.debug("floor: {} words", words[0]);
        return new BenchReport.Phase(s, Cpu.seconds() - cpu0, chars, PeakHeap.peakMb());
    }

    /** HanLP's standard segmentation of every line of a file; returns the number of words. */
    static long segment(Path file) {
        try {
            long words = 0;
            for (String line : Files.readString(file).split("\n")) {
                if (!line.isBlank()) {
                    words += StandardTokenizer.segment(line).size();
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracts the corpus to N-Quads in {@code out}, as {@code extract --format nq} does: the workers extract and write each file, this thread copies bytes. */
    private BenchReport.Phase extract(Pipeline pipeline, List<Path> corpus, long chars, OutputStream out, long[] commitments) {
        PeakHeap.reset();
        long t0 = System.nanoTime();
        double cpu0 = Cpu.seconds();
        Parallel.ordered(corpus, options.threads(), file -> Extracted.of(pipeline.extract(file)), (file, result) -> {
            Extracted x = result.get();
            try {
                out.write(x.nquads());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            commitments[0] += x.commitments();
        });
        double s = (System.nanoTime() - t0) / 1e9;
        return new BenchReport.Phase(s, Cpu.seconds() - cpu0, chars, PeakHeap.peakMb());
    }

    /** A file's N-Quads and its number of commitments, made by the worker that extracted it. */
    private record Extracted(byte[] nquads, int commitments) {
        static Extracted of(ExtractedFile x) {
            return new Extracted(x.nquads(), x.model().listResourcesWithProperty(RDF.type, PG.Commitment).toList().size());
        }
    }

    /** Our load path: each file's graph replaced in the store through a {@link GraphWriter}, committed as {@code load} does. */
    private BenchReport.Phase load(Store store, Path nq) {
        PeakHeap.reset();
        long t0 = System.nanoTime();
        double cpu0 = Cpu.seconds();
        long[] quads = {0};
        try (GraphWriter writer = store.writer()) {
            StreamRDF perGraph = new StreamRDFBase() {
                private Node current;
                private Graph graph = GraphFactory.createDefaultGraph();

                @Override
                public void quad(Quad q) {
                    if (current != null && !current.equals(q.getGraph())) {
                        flush();
                    }
                    current = q.getGraph();
                    graph.add(q.asTriple());
                }

                @Override
                public void finish() {
                    if (current != null) {
                        flush();
                    }
                }

                private void flush() {
                    if (writer.commitDue()) {
                        writer.commit();
                    }
                    quads[0] += writer.replace(current.getURI(), ModelFactory.createModelForGraph(graph));
                    graph = GraphFactory.createDefaultGraph();
                }
            };
            RDFParser.source(nq).lang(Lang.NQUADS).parse(perGraph);
            writer.commit();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return new BenchReport.Phase(s, Cpu.seconds() - cpu0, quads[0], PeakHeap.peakMb());
    }

    /**
     * Jena's phased plan (primary index while parsing, then the others in one phase) over the
     * quad indexes our stores keep; Jena's own phased plan names all six and fails on a store
     * without GPOS.
     */
    private static final LoaderPlan PHASED = new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(),
            LoaderPlans.loaderPlanPhased.primaryLoad3(), new String[] {Store.QUAD_INDEXES.get(0)},
            LoaderPlans.loaderPlanPhased.secondaryIndex3(),
            new String[][] {Store.QUAD_INDEXES.subList(1, Store.QUAD_INDEXES.size()).toArray(String[]::new)});

    /** Jena's bulk loader into a fresh store with our indexes ({@link #PHASED}), the reference for our load. */
    private BenchReport.Phase bulk(Path dir, Path nq) {
        try (Store store = Store.open(dir)) {
            DatasetGraph dsg = store.datasetGraph();
            PeakHeap.reset();
            long t0 = System.nanoTime();
            double cpu0 = Cpu.seconds();
            DataLoader loader = LoaderFactory.createLoader(PHASED, dsg, (fmt, args) -> LOG.debug(String.format(fmt, args)));
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            return new BenchReport.Phase(s, Cpu.seconds() - cpu0, loader.countQuads(), PeakHeap.peakMb());
        }
    }

    /** Rows in the first page of an answer, as the UI shows it. */
    static final int PAGE = 100;
    /** Times each first page is sent in the warm-up pass, before any request is timed. */
    static final int WARM_UP_SENDS = 10;
    /** Above this scale whole answers (every commitment) are not timed: they grow with the corpus. */
    static final int FULL_ANSWERS_UP_TO = 100;

    /** One request the bench times: a saved query's first page (bound or not) or its whole answer. */
    private record Request(String name, String query, boolean page) {
    }

    /**
     * Each saved query, sent over loopback HTTP to {@code serve} on the loaded store: its first
     * page ({@value #PAGE} rows, as the UI asks) and, on small corpora, its whole answer. Every
     * first page is sent {@value #WARM_UP_SENDS} times in a warm-up pass before any request is
     * timed, so that the figures are the started server's, not its JIT compiler's: timed from
     * the first request, the pages sent first took up to twice as long, with the compiler threads
     * on both cores.
     */
    private void queries(URI endpoint, List<Latency> pages, List<Latency> whole) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Request> requests = new ArrayList<>();
        for (Path file : texts(options.queries(), ".rq")) {
            SavedQuery q = SavedQuery.read(file);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            Query page = q.query();
            if (!page.hasLimit() || page.getLimit() > PAGE) {
                page.setLimit(PAGE);
            }
            requests.add(new Request(name, page.toString(), true));
            Optional<Map<String, String>> example = example(q);
            if (example.isPresent()) {
                Query bound = q.bind(example.get());
                bound.setLimit(PAGE);
                requests.add(new Request(name + " " + example.get().values().iterator().next(), bound.toString(), true));
            }
            if (options.scale() <= FULL_ANSWERS_UP_TO) {
                requests.add(new Request(name, q.query().toString(), false));
            }
        }
        for (Request r : requests) {
            if (!r.page()) {
                continue; // the pages run the same code; a whole answer at 100x takes seconds a send
            }
            try {
                HttpRequest req = request(endpoint, r.query());
                for (int i = 0; i < WARM_UP_SENDS; i++) {
                    send(http, req, r.name());
                }
            } catch (PledgegraphException e) {
                LOG.debug("warm-up: {}", e.getMessage()); // timed below, where it is reported
            }
        }
        for (Request r : requests) {
            (r.page() ? pages : whole).add(time(http, endpoint, r.name(), r.query()));
        }
    }

    private static final Pattern EXAMPLE = Pattern.compile("(?:such as|e\\.g\\.)\\s+([^\\s,()]+)");

    /** The first parameter's first example in its description ("such as CHN", "e.g. 条约"), if any. */
    static Optional<Map<String, String>> example(SavedQuery q) {
        for (QueryParam p : q.params()) {
            Matcher m = EXAMPLE.matcher(p.description());
            if (m.find()) {
                return Optional.of(Map.of(p.name(), m.group(1)));
            }
        }
        return Optional.empty();
    }

    private static HttpRequest request(URI endpoint, String query) {
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
    }

    private Latency time(HttpClient http, URI endpoint, String name, String query) throws IOException, InterruptedException {
        HttpRequest req = request(endpoint, query);
        long first = System.nanoTime();
        byte[] body;
        try {
            body = send(http, req, name);
            send(http, req, name);
        } catch (PledgegraphException e) {
            LOG.warn("{}", e.getMessage());
            return Latency.failed(name, (System.nanoTime() - first) / 1e6, e.getMessage());
        }
        List<Double> millis = new ArrayList<>();
        long started = System.nanoTime();
        while (millis.size() < options.queryRuns()
                && (millis.size() < 3 || System.nanoTime() - started < QUERY_BUDGET.toNanos())) {
            long t0 = System.nanoTime();
            body = send(http, req, name);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON);
        long rows = 0;
        while (rs.hasNext()) {
            rs.next();
            rows++;
        }
        return Latency.of(name, rows, millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static byte[] send(HttpClient http, HttpRequest req, String name) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new PledgegraphException(name + ": the server answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8).strip().split("\\R")[0]);
        }
        return r.body();
    }

    private static List<Path> texts(Path dir) throws IOException {
        return texts(dir, ".txt");
    }

    private static List<Path> texts(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new PledgegraphException(dir + ": no such folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            if (files.isEmpty()) {
                throw new PledgegraphException(dir + ": no *" + suffix + " files");
            }
            return files;
        }
    }

    /** Deletes a folder the bench made (its corpus or a store) so that the phase starts fresh. */
    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
