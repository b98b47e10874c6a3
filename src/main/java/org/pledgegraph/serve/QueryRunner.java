package org.pledgegraph.serve;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.pledgegraph.PledgegraphException;

/** Runs a query on a dataset in a read transaction, with a timeout. */
public final class QueryRunner {
    private final DatasetGraph dsg;
    private final Duration timeout;

    public QueryRunner(DatasetGraph dsg, Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    /** Runs {@code query} and writes its result: rows in {@code format}, a graph as Turtle, ASK as true/false. */
    public void run(Query query, ResultFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = exec(query)) {
                if (query.isSelectType()) {
                    format.write(out, ResultSet.adapt(exec.select()), query);
                } else if (query.isAskType()) {
                    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                    ps.println(exec.ask());
                } else {
                    RDFDataMgr.write(out, exec.construct(), Lang.TURTLE);
                }
            } catch (QueryCancelledException e) {
                throw new PledgegraphException("query stopped after the timeout of " + timeout.toMillis() + " ms");
            }
        });
    }

    /** The rows of a SELECT, materialised (for tests and small results). */
    public List<QuerySolution> select(Query query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = exec(query)) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = ResultSet.adapt(exec.select().materialize());
                rs.forEachRemaining(rows::add);
                return rows;
            } catch (QueryCancelledException e) {
                throw new PledgegraphException("query stopped after the timeout of " + timeout.toMillis() + " ms");
            }
        });
    }

    private QueryExec exec(Query query) {
        return QueryExec.dataset(dsg).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
