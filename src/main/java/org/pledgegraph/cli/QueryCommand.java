package org.pledgegraph.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.pledgegraph.serve.QueryRunner;
import org.pledgegraph.serve.ResultFormat;
import org.pledgegraph.serve.SavedQuery;
import org.pledgegraph.store.Store;
import org.pledgegraph.store.Totals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query NAME|FILE.rq}: run a saved query (or a query file) on the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query from queries/ (by name) or a .rq file on the store.")
public final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "A saved query's name (e.g. commitments-by-party) or a query file.")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind a parameter of the query, e.g. --param party=RUS (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest the query may run (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--describe", description = "Print the question the query answers and its parameters, and do not run it.")
    boolean describe;

    @Override
    public Integer call() {
        SavedQuery saved = SavedQuery.find(query);
        if (describe) {
            System.out.println(saved.name() + ": " + saved.question());
            saved.params().forEach(p -> System.out.println("  --param " + p.name() + "=<" + p.type() + ">  " + p.description()));
            return 0;
        }
        var bound = saved.bind(params);
        try (Store s = store.openExisting()) {
            if (Totals.readBy(bound.toString()) && !s.hasTotals()) {
                System.err.println("pledgegraph: " + s.dir() + ": this store has no up-to-date totals (made by an older version, a bulk "
                        + "loader, or changed by SPARQL updates); `serve` or `load` on it builds them; answering from what is there");
            }
            new QueryRunner(s.datasetGraph(), timeout).run(bound, format, System.out);
        }
        System.out.flush();
        return 0;
    }
}
