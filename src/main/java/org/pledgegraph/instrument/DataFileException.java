package org.pledgegraph.instrument;

import org.pledgegraph.PledgegraphException;

/** A bad row in one of the instrument data files, named by file and line. */
public class DataFileException extends PledgegraphException {
    public DataFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
