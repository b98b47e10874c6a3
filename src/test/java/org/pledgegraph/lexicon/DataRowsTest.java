package org.pledgegraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.data.DataFile;
import org.pledgegraph.data.DataFileException;

class DataRowsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        x;COUNTRY;-;某;X;-;yes;-       | actors.tsv:7: unknown type 'COUNTRY' (STATE, ORGANISATION, GROUP)
        x;GROUP;-;某;X;Q12x;yes;-      | actors.tsv:7: not a Wikidata QID: Q12x
        x;STATE;-;某;X;-;yes;-         | actors.tsv:7: a state needs its ISO code: x
        x;GROUP;-;某;X;-;maybe;-       | actors.tsv:7: party must be yes or no: maybe
        x;GROUP;-;某;X;-;yes;CHN,XYZ   | actors.tsv:7: unknown member code XYZ
        x;GROUP;-;某;X;-;yes;CHN@abc   | actors.tsv:7: bad member year in CHN@abc
        """)
    void badActorRowNamesFileAndLine(String cells, String message) {
        DataFile.Row row = new DataFile.Row("actors.tsv", 7, List.of(cells.split(";")));
        DataFileException e = assertThrows(DataFileException.class, () -> {
            ActorRows.actor(row);
            ActorRows.party(row);
            ActorRows.members(row, Set.of("CHN"));
        });
        assertEquals(message, e.getMessage());
    }
}
