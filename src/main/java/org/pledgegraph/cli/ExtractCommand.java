package org.pledgegraph.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Parallel;
import org.pledgegraph.Pipeline;
import org.pledgegraph.export.RdfFormat;
import org.pledgegraph.rdf.NQuadsStream;
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
            output.write(out -> {
                StreamRDF quads = NQuadsStream.to(out);
                quads.start();
                extractEach(pipeline, batch, x -> x.sendQuads(quads));
                quads.finish();
            });
            return batch.exitCode();
        }
        Dataset ds = DatasetFactory.create();
        extractEach(pipeline, batch, x -> {
            ds.addNamedModel(x.graphIri(), x.model());
            ds.getDefaultModel().setNsPrefixes(x.model().getNsPrefixMap());
        });
        output.write(out -> output.format.write(out, ds));
        return batch.exitCode();
    }

    /** Extracts the batch's files on one worker per core and gives each extraction to {@code sink}, in file order. */
    private void extractEach(Pipeline pipeline, Batch batch, Consumer<ExtractedFile> sink) {
        batch.run(Parallel.defaultThreads(), file -> pipeline.extract(file, encoding), (file, x) -> {
            batch.claim(file, x.graphIri());
            sink.accept(x);
        });
    }
}
