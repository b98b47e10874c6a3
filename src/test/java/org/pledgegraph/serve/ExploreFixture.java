package org.pledgegraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;

/** A store with the two store fixtures and the explorer's extras, served on a free loopback port. */
final class ExploreFixture implements AutoCloseable {
    static final String EXTRA = "org/pledgegraph/serve/explore-extra.ttl";

    final Store store;
    final Server server;

    ExploreFixture(Path dir) {
        store = Fixtures.loadBoth(dir);
        store.replaceGraph(Fixtures.graphIri("explore-extra.ttl"), extra());
        server = Server.start(store.datasetGraph(),
                ServerOptions.defaults().withPort(0).withTimeout(Duration.ofSeconds(5)));
    }

    static Model extra() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ExploreFixture.class.getClassLoader().getResourceAsStream(EXTRA)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** Triples in all graphs: what a write would change. */
    long quads() {
        return store.quadCount();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
