package org.pledgegraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pledgegraph.PledgegraphException;

class RulesTest {

    @Test
    void aBadRowNamesItsFileAndLine() {
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> Rules.rows("bad-rules.tsv", 2));
        assertTrue(e.getMessage().startsWith("bad-rules.tsv:3: "), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> Rules.rows("none.tsv", 2));
        assertTrue(e.getMessage().startsWith("none.tsv: "), e.getMessage());
    }

    @Test
    void wordsComeLongestFirst() {
        assertEquals("路线图", Rules.words("title-nouns.txt").get(0));
    }
}
