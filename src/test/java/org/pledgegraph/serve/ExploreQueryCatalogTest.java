package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.PledgegraphException;

/** Which saved queries a server offers, from which folders. */
class ExploreQueryCatalogTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    static void write(Path dir, String file, String question) throws IOException {
        Files.writeString(dir.resolve(file), "# Question: " + question + "\nSELECT * { ?s ?p ?o }\n");
    }

    @Test
    void anEarlierFolderWinsAndOnlyPlainNamesCount() throws IOException {
        write(first, "stances.rq", "from the first");
        write(second, "stances.rq", "from the second");
        write(second, "dates.rq", "dates");
        write(second, "odd name.rq", "a space");
        write(second, "notes.txt", "not a query");
        QueryCatalog c = QueryCatalog.of(List.of(first, second, first.resolve("missing")));
        assertEquals(List.of("dates", "stances"), c.names());
        assertEquals("from the first", c.get("stances").orElseThrow().question());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../stances", "stances.rq", "/etc/passwd", "", "STANCES"})
    void aNameThatIsNotInTheCatalogFindsNothing(String name) throws IOException {
        write(first, "stances.rq", "q");
        assertTrue(QueryCatalog.of(List.of(first)).get(name).isEmpty(), name);
    }

    @Test
    void aBrokenQueryFileIsAnErrorNamingTheFileAndLine() throws IOException {
        Files.writeString(first.resolve("broken.rq"), "# Question: q\n# Param: ?x nosuchtype what\nSELECT * { ?s ?p ?o }\n");
        PledgegraphException e = assertThrows(PledgegraphException.class, () -> QueryCatalog.of(List.of(first)));
        assertTrue(e.getMessage().contains("broken.rq:2:"), e.getMessage());
    }

    @Test
    void theStandardCatalogHasTheRepositorysQueries() throws IOException {
        QueryCatalog c = QueryCatalog.standard();
        try (var files = Files.list(Path.of(SavedQuery.DIR))) {
            assertEquals(files.filter(p -> p.toString().endsWith(".rq")).count(), c.size());
        }
        assertTrue(c.get("fulltext").orElseThrow().question().contains("full-text"));
    }
}
