package org.pledgegraph.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract PATH...}: texts to RDF on stdout or a file, no store needed. */
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
        Dataset ds = DatasetFactory.create();
        Batch batch = Batch.over(paths, failFast);
        batch.run(file -> {
            ExtractedFile x = pipeline.extract(file, encoding);
            batch.claim(file, x.graphIri());
            ds.addNamedModel(x.graphIri(), x.model());
            ds.getDefaultModel().setNsPrefixes(x.model().getNsPrefixMap());
        });
        output.write(out -> output.format.write(out, ds));
        return batch.exitCode();
    }
}
