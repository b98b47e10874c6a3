package org.pledgegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;

/** The store exported in each syntax, parsed back with Jena and compared as graphs. */
class ExporterTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void load() {
        store = Fixtures.loadBoth(dir.resolve("tdb2"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Lang lang(RdfFormat f) {
        switch (f) {
            case ttl: return Lang.TURTLE;
            case nt: return Lang.NTRIPLES;
            case nq: return Lang.NQUADS;
            case trig: return Lang.TRIG;
            case jsonld: return Lang.JSONLD;
            default: throw new IllegalStateException(f.name());
        }
    }

    private static boolean keepsGraphs(RdfFormat f) {
        return RDFLanguages.isQuads(lang(f));
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void eachFormatParsesBackToTheSameData(RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(store, format, out);
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang(format));
        Model fra = Fixtures.model(Fixtures.FRA);
        Model pak = Fixtures.model(Fixtures.PAK);
        if (keepsGraphs(format)) {
            assertTrue(back.getNamedModel(Fixtures.graphIri(Fixtures.FRA)).isIsomorphicWith(fra));
            assertTrue(back.getNamedModel(Fixtures.graphIri(Fixtures.PAK)).isIsomorphicWith(pak));
            assertTrue(back.getDefaultModel().isEmpty());
        } else {
            Model union = ModelFactory.createDefaultModel().add(fra).add(pak);
            assertTrue(back.getDefaultModel().isIsomorphicWith(union));
        }
    }

    @ParameterizedTest
    @CsvSource({"ttl,export.ttl", "nq,export.nq"})
    void exportToAFileLeavesOnlyThatFile(RdfFormat format, String name) throws Exception {
        Path out = dir.resolve("out-" + format).resolve(name);
        Files.createDirectories(out.getParent());
        Exporter.write(store, format, out);
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, out.toString(), lang(format));
        assertTrue(back.asDatasetGraph().stream().count() > 0);
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count());
        }
    }
}
