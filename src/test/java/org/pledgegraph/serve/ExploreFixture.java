package org.pledgegraph.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.pledgegraph.ExtractedFile;
import org.pledgegraph.Seeds;
import org.pledgegraph.store.Fixtures;
import org.pledgegraph.store.Store;

/** A store served on a free loopback port: the small Turtle fixtures, or the seed through the real pipeline. */
final class ExploreFixture implements AutoCloseable {
    static final String EXTRA = "org/pledgegraph/serve/explore-extra.ttl";

    final Store store;
    final Server server;

    private ExploreFixture(Store store) {
        this.store = store;
        server = Server.start(store.datasetGraph(),
                ServerOptions.defaults().withPort(0).withTimeout(Duration.ofSeconds(10)));
    }

    /** The two store fixtures and the explorer's extras (English names, instrument events). */
    static ExploreFixture fixtures(Path dir) {
        Store s = Fixtures.loadBoth(dir);
        s.replaceGraph(Fixtures.graphIri("explore-extra.ttl"), extra());
        return new ExploreFixture(s);
    }

    /** The seed statement, extracted by the real pipeline (the extraction the test JVM shares). */
    static ExploreFixture seed(Path dir) {
        Store s = Store.open(dir);
        ExtractedFile x = Seeds.extraction();
        s.replaceGraph(x.graphIri(), x.model());
        return new ExploreFixture(s);
    }

    static Model extra() {
        return Fixtures.model(EXTRA);
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
