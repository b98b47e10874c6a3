package org.pledgegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Parallel;
import org.pledgegraph.Pipeline;
import org.pledgegraph.export.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code extract PATH...}: texts to RDF on stdout or a file, no store needed. Files are extracted
 * on one worker per core. N-Quads are written file by file as they come, so memory stays flat
 * however large the corpus; the other syntaxes gather every graph first (Turtle and TriG group
 * by subject, N-Triples write each triple of the union once).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract commitments from statement texts (files or folders) and write RDF.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files, or folders of *.txt files.")
    List<Path> paths;

    @Mixin
    RdfOutput output;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of the inputs (default: detected).")
    Charset encoding;

    @Option(names = "--fail-fast", description = "Stop at the first file that cannot be read.")
    boolean failFast;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.create();
        Batch batch = Batch.over(paths, failFast);
        if (output.format == RdfFormat.nq) {
            // streamed: each worker writes its file's N-Quads, this thread copies them out in file order
            output.write(out -> batch.run(Parallel.defaultThreads(), file -> Written.of(pipeline.extract(file, encoding)),
                    (file, x) -> {
                        batch.claim(file, x.graphIri());
                        try {
                            out.write(x.nquads());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
            return batch.exitCode();
        }
        Dataset ds = DatasetFactory.create();
        batch.run(Parallel.defaultThreads(), file -> pipeline.extract(file, encoding), (file, x) -> {
            batch.claim(file, x.graphIri());
            ds.addNamedModel(x.graphIri(), x.model());
            ds.getDefaultModel().setNsPrefixes(x.model().getNsPrefixMap());
        });
        output.write(out -> output.format.write(out, ds));
        return batch.exitCode();
    }

    /** A file's named graph and its N-Quads, written by the worker that extracted it. */
    private record Written(String graphIri, byte[] nquads) {
        static Written of(ExtractedFile x) {
            return new Written(x.graphIri(), x.nquads());
        }
    }
}
