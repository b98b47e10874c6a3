package org.pledgegraph.cli;

import org.pledgegraph.PledgegraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pledgegraph} command: one subcommand per job. Exit codes: 0 ok, 1 error, 2 usage. */
@Command(name = "pledgegraph", mixinStandardHelpOptions = true, version = "pledgegraph " + org.pledgegraph.Pipeline.VERSION,
        description = "Joint statements and their commitments as a knowledge graph.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof PledgegraphException) {
                cmd.getErr().println("pledgegraph: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }
}
