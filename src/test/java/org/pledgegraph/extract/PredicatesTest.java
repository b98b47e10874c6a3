package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pledgegraph.data.DataFileException;

class PredicatesTest {
    private static final Predicates LEX = Predicates.load();

    @ParameterizedTest
    @CsvSource({"支持,Support", "欢迎,Support", "反对,Opposition", "呼吁,Appeal", "认为,Position", "忧虑,Concern",
            "同意,Undertaking", "加强,Undertaking", "高度评价,Support", "不接受,Opposition"})
    void kindsFollowTheGuidelines(String word, Kind kind) {
        assertEquals(Optional.of(kind), LEX.kind(word));
    }

    @Test
    void wordsCarryTheirRoles() {
        assertTrue(LEX.is("认为", Role.CLAUSE));
        assertTrue(LEX.is("支持", Role.STANCE));
        assertTrue(LEX.is("将", Role.MODAL));
        assertTrue(LEX.is("绝不", Role.NEGATOR));
        assertTrue(LEX.is("基础上", Role.END));
        assertEquals("v", LEX.dictionary().get("高度评价"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "支持\tSupport|test.tsv:2: expected word<TAB>kind<TAB>role",
        "支持\tSupport\tstance-ish|test.tsv:2: unknown role 'stance-ish'",
        "支持\tSupportive\tstance|test.tsv:2: unknown kind 'Supportive'",
        "将\tUndertaking\tmodal|test.tsv:2: role modal takes no kind"})
    void badRowsNameFileAndLine(String row, String message) {
        String tsv = "# header\n" + row + "\n";
        DataFileException e = assertThrows(DataFileException.class,
                () -> Predicates.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }
}
