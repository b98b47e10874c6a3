package org.pledgegraph.serve;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;

/** How {@code query} prints a SELECT's rows, by the name users type after {@code --format}. */
public enum ResultFormat {
    table, csv, tsv, json;

    /** Writes all of {@code rows}; {@code query} gives the prefixes a table abbreviates with. */
    public void write(OutputStream out, ResultSet rows, Query query) {
        switch (this) {
            case csv:
                ResultSetMgr.write(out, rows, ResultSetLang.RS_CSV);
                break;
            case tsv:
                ResultSetMgr.write(out, rows, ResultSetLang.RS_TSV);
                break;
            case json:
                ResultSetMgr.write(out, rows, ResultSetLang.RS_JSON);
                break;
            case table:
            default:
                ResultSetFormatter.out(out, rows, query.getPrefixMapping());
                break;
        }
    }
}
