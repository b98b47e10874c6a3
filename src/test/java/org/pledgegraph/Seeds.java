package org.pledgegraph;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the seed text and its gold annotation live: the repository's seeds/ and ../shared/eval. */
public final class Seeds {
    /** The seed statement file (two joint statements of 5 June 2019, newspaper layout). */
    public static final Path SEED =
            Path.of("seeds/2019-06-05_china-russia_joint-statements-new-era-and-strategic-stability.txt");
    /** The shared evaluation folder beside the clone. */
    public static final Path EVAL = Path.of("../shared/eval");
    public static final Path GOLD = EVAL.resolve("gold/seed.json");
    public static final Path REGISTRY = EVAL.resolve("gold/seed.instruments.json");
    public static final Path SCORER = EVAL.resolve("score.py");

    private static ExtractedFile extraction;

    private Seeds() {
    }

    /** The pipeline's extraction of the seed, made once per test JVM and shared (read only!). */
    public static synchronized ExtractedFile extraction() {
        if (extraction == null) {
            extraction = Pipeline.create().extract(SEED);
        }
        return extraction;
    }

    /** Fails with a clear message when ../shared is not beside the clone. */
    public static Path require(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " is missing: the tests need ../shared beside the clone");
        }
        return p;
    }
}
