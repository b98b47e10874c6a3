package org.pledgegraph.store;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pledgegraph.rdf.PG;

/** The Turtle fixtures in src/test/resources, and the graph IRIs tests give them. */
public final class Fixtures {
    public static final String FRA = "fixture-fra-pak.ttl";
    public static final String PAK = "fixture-pak-bra.ttl";

    private Fixtures() {
    }

    public static Model model(String name) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    public static String graphIri(String name) {
        return PG.ID + "graph/" + name;
    }

    /** A store holding both fixtures, one graph each. */
    public static Store loadBoth(java.nio.file.Path dir) {
        Store s = Store.open(dir);
        s.replaceGraph(graphIri(FRA), model(FRA));
        s.replaceGraph(graphIri(PAK), model(PAK));
        return s;
    }
}
