package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class NQuadsStreamTest {
    private static final Node G = NodeFactory.createURI(PG.ID + "graph/vietnam-kazakhstan");
    private static final Node S = NodeFactory.createURI(PG.ID + "doc/越南-哈萨克斯坦/1/clause/2");

    private static List<Quad> quads() {
        Node text = NodeFactory.createURI(PG.NS + "text");
        return List.of(
            Quad.create(G, S, text, NodeFactory.createLiteralString("越南和哈萨克斯坦重申，\"加强\"合作\n\t\\")),
            Quad.create(G, S, NodeFactory.createURI(PG.NS + "title"), NodeFactory.createLiteralLang("法国—巴西联合声明", "zh")),
            Quad.create(G, S, NodeFactory.createURI(PG.NS + "index"), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)),
            Quad.create(G, S, NodeFactory.createURI(PG.NS + "date"), NodeFactory.createLiteralDT("2023-04", XSDDatatype.XSDgYearMonth)),
            Quad.create(G, S, text, NodeFactory.createURI("http://example.org/a b<c>{d}|\\^`\"é")),
            Quad.create(G, NodeFactory.createBlankNode("b1"), text, S),
            Quad.create(Quad.defaultGraphIRI, S, text, NodeFactory.createLiteralString("ASEAN")),
            Quad.create(G, S, text, NodeFactory.createLiteralString("巴基斯坦")),
            Quad.create(NodeFactory.createURI(PG.ID + "graph/asean"), S, text, NodeFactory.createLiteralString("东盟")));
    }

    private static String write(StreamRDF stream, ByteArrayOutputStream bytes) {
        stream.start();
        for (int round = 0; round < 2; round++) {
            quads().forEach(stream::quad);
        }
        stream.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesWhatJenasNQuadsWriterWrites() {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        String expected = write(StreamRDFWriter.getWriterStream(jenas, Lang.NQUADS), jenas);
        assertEquals(expected, write(NQuadsStream.to(ours), ours));
        assertEquals(18, expected.lines().count());
    }
}
