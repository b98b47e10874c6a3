package org.pledgegraph.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The dataset's services when updates are allowed: the read-only ones, open to all as before, and
 * SPARQL Update ({@code /update}) and Graph Store writes ({@code /data}) for one user with HTTP
 * basic authentication. ({@code /sparql} stays query-only: Fuseki checks the access of all the
 * operations of one endpoint name together, so an update there would lock out readers.)
 */
final class Updates {
    static final String REALM = "pledgegraph";

    private Updates() {
    }

    static void allow(FusekiServer.Builder b, String name, DatasetGraph dsg, WriteAccess writes) {
        AuthPolicy writer = Auth.policyAllowSpecific(writes.user());
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Update, "update", writer)
                .addEndpoint(Operation.GSP_RW, "data", writer);
        b.add(name, service);
        b.realm(REALM);
        b.auth(AuthScheme.BASIC);
        b.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(writes.user(), writes.password()), AuthScheme.BASIC));
    }
}
