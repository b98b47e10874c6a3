package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.Pipeline;
import org.pledgegraph.read.SourceText;

/**
 * A document pg:cites exactly the instruments its clauses pg:references, and no other document's;
 * a dated one is also a pg:citingDocument of a pg:Citation per instrument, the same node in every
 * copy of the document.
 */
class DocumentCitesTest {
    private static final String TWO_STATEMENTS = """
            法兰西共和国和巴西联邦共和国联合声明

            2021年3月4日于巴黎

            一、双方重申，《不扩散核武器条约》是国际核不扩散体系的基石。

            二、双方呼吁所有《不扩散核武器条约》缔约国全面履约，支持《全面禁止核试验条约》早日生效。

            越南社会主义共和国和哈萨克斯坦共和国联合声明

            一、双方同意落实《联合国气候变化框架公约》及其《巴黎协定》。
            """;
    private static Model model;

    private static Pipeline pipeline;

    @BeforeAll
    static void extract() {
        pipeline = Pipeline.create();
        model = extract("fra-bra-vnm-kaz.txt");
    }

    private static Model extract(String file) {
        return pipeline.extract(new SourceText(Path.of(file), TWO_STATEMENTS, StandardCharsets.UTF_8)).model();
    }

    @Test
    void eachDocumentCitesWhatItsClausesReferTo() {
        Set<Resource> docs = model.listSubjectsWithProperty(RDF.type, PG.Document).toSet();
        assertEquals(2, docs.size());
        for (Resource doc : docs) {
            Set<RDFNode> cited = model.listObjectsOfProperty(doc, PG.cites).toSet();
            Set<RDFNode> referenced = model.listSubjectsWithProperty(PG.document, doc).toList().stream()
                    .flatMap(clause -> model.listObjectsOfProperty(clause, PG.references).toList().stream())
                    .collect(Collectors.toSet());
            assertFalse(cited.isEmpty(), doc + " cites nothing");
            assertEquals(referenced, cited, doc.getURI());
        }
    }

    @Test
    void theDatedDocumentIsACitationOfEachInstrumentItCites() {
        Resource fraBra = model.listSubjectsWithProperty(PG.title, "法兰西共和国和巴西联邦共和国联合声明", "zh").next();
        Set<Resource> citations = model.listSubjectsWithProperty(RDF.type, PG.Citation).toSet();
        Set<RDFNode> cited = model.listObjectsOfProperty(fraBra, PG.cites).toSet();
        assertEquals(cited.size(), citations.size(), "the undated document has none: " + citations);
        for (Resource c : citations) {
            assertEquals(Set.of(fraBra), model.listObjectsOfProperty(c, PG.citingDocument).toSet());
            assertEquals("2021-03-04", c.getProperty(PG.citationDate).getLiteral().getLexicalForm());
            assertEquals("法兰西共和国和巴西联邦共和国联合声明", c.getProperty(PG.citationTitle).getString());
            Resource instrument = model.listSubjectsWithProperty(PG.citation, c).next();
            assertTrue(cited.contains(instrument), instrument.getURI());
        }
    }

    @Test
    void twoCopiesOfADatedDocumentGiveOneCitationWithBothDocuments() {
        Model copy = extract("fra-bra-vnm-kaz-copy.txt");
        Model union = ModelFactory.createUnion(model, copy);
        Resource npt = union.listSubjectsWithProperty(RDFS.label, "不扩散核武器条约", "zh").next();
        Set<RDFNode> citations = union.listObjectsOfProperty(npt, PG.citation).toSet();
        assertEquals(1, citations.size(), citations.toString());
        Resource c = citations.iterator().next().asResource();
        assertEquals(2, union.listObjectsOfProperty(c, PG.citingDocument).toSet().size());
        assertEquals(1, union.listObjectsOfProperty(c, PG.citationDate).toSet().size());
    }
}
