package org.pledgegraph.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.pledgegraph.PledgegraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pledgegraph} command: one subcommand per job. Exit codes: 0 ok, 1 error, 2 usage. */
@Command(name = "pledgegraph", mixinStandardHelpOptions = true, version = "pledgegraph " + org.pledgegraph.Pipeline.VERSION,
        description = "Joint statements and their commitments as a knowledge graph.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("pledgegraph: " + oneLine(e));
            if (!(e instanceof PledgegraphException)) {
                LOG.debug("pledgegraph failed", e);
            }
            return 1;
        });
        return cl.execute(args);
    }

    /** One line a person can act on: our own message, the file an I/O error names, or a bug report hint. */
    static String oneLine(Exception e) {
        if (e instanceof PledgegraphException) {
            return e.getMessage();
        }
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return ((NoSuchFileException) t).getFile() + ": no such file or folder";
        }
        if (t instanceof AccessDeniedException) {
            return ((AccessDeniedException) t).getFile() + ": permission denied";
        }
        if (t instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) t;
            return f.getFile() + ": " + f.getReason();
        }
        String msg = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getMessage().strip().split("\\R")[0];
        return (t instanceof java.io.IOException ? "" : "unexpected error (a bug: please report it): ") + msg
                + " (details: PLEDGEGRAPH_JAVA_OPTS=-Dorg.slf4j.simpleLogger.defaultLogLevel=debug)";
    }
}
