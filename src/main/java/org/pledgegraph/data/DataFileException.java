package org.pledgegraph.data;

import org.pledgegraph.PledgegraphException;

/** A bad row or a missing data file: {@code org/pledgegraph/domain/topics.tsv:12: no terms}. */
public class DataFileException extends PledgegraphException {
    public DataFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
    }

    public DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
