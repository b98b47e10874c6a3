package org.pledgegraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import org.pledgegraph.store.Store;

/**
 * For tests that compare a saved query with the text it replaced: a real store holding the seed
 * and short statements between other parties, extracted by the real pipeline, and the earlier
 * query texts kept in test resources.
 */
final class SeedAndStatements {
    private SeedAndStatements() {
    }

    /** A file to extract: its name (hence its graph) and its text. */
    record Statement(String name, String text) {
    }

    /**
     * A store in {@code dir} holding the seed, then each statement in order; a statement with the
     * name of an earlier one replaces its graph, as loading a changed file does.
     */
    static Store load(Path dir, Statement... statements) throws IOException {
        Pipeline pipeline = Pipeline.create();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            files.add(seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow());
        }
        for (Statement s : statements) {
            Path folder = Files.createDirectories(dir.resolve("texts-" + files.size()));
            files.add(Files.writeString(folder.resolve(s.name()), s.text(), StandardCharsets.UTF_8));
        }
        Store store = Store.open(dir.resolve("store"));
        for (Path f : files) {
            ExtractedFile x = pipeline.extract(f);
            store.replaceGraph(x.graphIri(), x.model());
        }
        return store;
    }

    /** A saved query kept in test resources (the text a query had before it was rewritten). */
    static SavedQuery earlierQuery(String resource) {
        try (InputStream in = SeedAndStatements.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return SavedQuery.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
