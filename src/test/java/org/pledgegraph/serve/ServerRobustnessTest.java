package org.pledgegraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.pledgegraph.PledgegraphException;

/** A server that cannot start says so in one line and leaves nothing running. */
class ServerRobustnessTest {
    private static long jettyThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("qtp")).count();
    }

    @Test
    void aPortInUseIsOneLineAndLeavesNoServerThreads() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName(ServerOptions.LOOPBACK))) {
            long before = jettyThreads();
            ServerOptions options = ServerOptions.defaults().withPort(taken.getLocalPort()).withUi(false)
                    .withTimeout(Duration.ofSeconds(5));
            PledgegraphException e = assertThrows(PledgegraphException.class, () -> Server.start(dsg, options));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().startsWith("127.0.0.1:" + taken.getLocalPort() + ": cannot start the server"),
                    e.getMessage());
            Thread.sleep(500);
            assertEquals(before, jettyThreads(), "no Jetty threads left behind");
        }
    }
}
