package org.pledgegraph.serve;

import java.time.Duration;

/**
 * How to run the server.
 *
 * @param host    the interface to bind (127.0.0.1 by default)
 * @param port    the port; 0 picks a free one
 * @param timeout the longest a query may run before it is stopped
 * @param ui      whether to serve the Fuseki web UI at /
 */
public record ServerOptions(String host, int port, Duration timeout, boolean ui) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public ServerOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** Loopback, port 3030, 10 s timeout, with the UI. */
    public static ServerOptions defaults() {
        return new ServerOptions(LOOPBACK, DEFAULT_PORT, DEFAULT_TIMEOUT, true);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, timeout, ui);
    }

    public ServerOptions withTimeout(Duration newTimeout) {
        return new ServerOptions(host, port, newTimeout, ui);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, timeout, ui);
    }

    public ServerOptions withUi(boolean newUi) {
        return new ServerOptions(host, port, timeout, newUi);
    }
}
