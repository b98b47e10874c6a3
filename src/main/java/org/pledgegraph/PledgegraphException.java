package org.pledgegraph;

/**
 * The root of Pledgegraph's exceptions. Its message is one line a person can act on, naming the
 * file (and line, where known) and the problem: {@code seeds/x.txt: binary file, not text}.
 */
public class PledgegraphException extends RuntimeException {
    public PledgegraphException(String message) {
        super(message);
    }

    public PledgegraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
