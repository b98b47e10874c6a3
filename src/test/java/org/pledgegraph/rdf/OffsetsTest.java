package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Seeds;

/**
 * Provenance a user can follow: every commitment links to its clause, the clause to its document
 * and source file, and the clause's NIF offsets open the original file at the commitment's text.
 */
class OffsetsTest {
    private static Model model;
    private static String original;

    @BeforeAll
    static void extract() throws IOException {
        model = Seeds.extraction().model();
        original = Files.readString(Seeds.SEED);
    }

    @Test
    void offsetsOpenTheFileAtEveryCommitmentsText() {
        List<Resource> commitments = model.listSubjectsWithProperty(RDF.type, PG.Commitment).toList();
        assertTrue(commitments.size() > 150);
        for (Resource c : commitments) {
            Resource clause = c.getRequiredProperty(PG.clause).getResource();
            int begin = clause.getRequiredProperty(Namespaces.NIF_BEGIN).getInt();
            int end = clause.getRequiredProperty(Namespaces.NIF_END).getInt();
            String atOffsets = original.substring(begin, end).replaceAll("\\s+", "");
            assertEquals(c.getRequiredProperty(PG.text).getString(), atOffsets, c.getURI());
        }
    }

    @Test
    void clausesLeadToTheirDocumentAndSourceFile() {
        for (Statement s : model.listStatements(null, RDF.type, PG.Clause).toList()) {
            Resource doc = s.getSubject().getRequiredProperty(PG.document).getResource();
            assertTrue(doc.hasProperty(RDF.type, PG.Document), doc.getURI());
            Resource file = doc.getRequiredProperty(PG.sourceFile).getResource();
            assertTrue(file.hasProperty(RDF.type, PG.SourceFile));
        }
    }

    @Test
    void everyCommitmentWasGeneratedByTheRun() {
        List<Resource> runs = model.listSubjectsWithProperty(RDF.type, PG.ExtractionRun).toList();
        assertEquals(1, runs.size());
        assertFalse(model.listSubjectsWithProperty(RDF.type, PG.Commitment)
                .filterDrop(c -> c.hasProperty(Provenance.WAS_GENERATED_BY, runs.get(0))).hasNext());
    }
}
