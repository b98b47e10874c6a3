package org.pledgegraph.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.pledgegraph.rdf.PG;

/** The France–Vietnam extraction that meets every shape ({@code valid.ttl}), for tests to break one thing at a time. */
final class ValidFixture {
    private ValidFixture() {
    }

    /** A fresh copy of the fixture. */
    static Model model() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, "org/pledgegraph/validate/valid.ttl");
        return m;
    }

    /** Its first commitment. */
    static Resource commitment(Model m) {
        return m.getResource(PG.ID + "doc/fv/clause/3/c0");
    }
}
