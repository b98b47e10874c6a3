package org.pledgegraph.lexicon;

import org.pledgegraph.PledgegraphException;

/** A bad row in one of the lexicon's data files; the message names the file and line. */
public class LexiconDataException extends PledgegraphException {
    public LexiconDataException(String message) {
        super(message);
    }
}
