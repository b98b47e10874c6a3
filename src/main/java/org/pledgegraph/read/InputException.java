package org.pledgegraph.read;

import java.nio.file.Path;
import org.pledgegraph.PledgegraphException;

/** An input file that cannot be read as a statement: missing, unreadable, binary, empty … */
public class InputException extends PledgegraphException {
    private final transient Path file;

    public InputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public InputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
