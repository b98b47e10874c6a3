package org.pledgegraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Pipeline;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.export.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract PATH...}: texts to RDF on stdout or a file, no store needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract commitments from statement texts (files or folders) and write RDF.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files, or folders of *.txt files.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nt, nq, trig or jsonld (default: ${DEFAULT-VALUE}).")
    RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

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
        write(ds);
        return batch.exitCode();
    }

    private void write(Dataset ds) throws IOException {
        if (output == null) {
            format.write(System.out, ds);
            System.out.flush();
            return;
        }
        Path folder = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output) || !Files.isDirectory(folder)) {
            throw new PledgegraphException(output + ": cannot write here: "
                    + (Files.isDirectory(output) ? "it is a folder" : "folder " + folder + " does not exist"));
        }
        Path tmp = Files.createTempFile(folder, ".pledgegraph", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                format.write(out, ds);
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
