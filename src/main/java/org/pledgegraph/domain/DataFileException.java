package org.pledgegraph.domain;

import org.pledgegraph.PledgegraphException;

/** A bad row in a data file of rules: {@code org/pledgegraph/domain/topics.tsv:12: no terms}. */
public class DataFileException extends PledgegraphException {
    public DataFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
    }
}
