package org.pledgegraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pledgegraph.PledgegraphException;
import org.pledgegraph.serve.Server;

/**
 * Runs {@code pledgegraph serve} in a child JVM ({@code -Xmx2g}, as the launcher gives it) on
 * loopback: times it from launch to the first answered query, and serves the loaded store for
 * the queries. The child is the one this class started and is stopped by its handle.
 */
final class ServeStart {
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    /**
     * One start.
     *
     * @param seconds   from launching the JVM to the first answered query
     * @param peakRssMb the child's peak resident memory (VmHWM; 0 where /proc is missing)
     */
    record Result(double seconds, double peakRssMb) {
    }

    private ServeStart() {
    }

    /** Runs {@code serve --store store inputs...}, waits for its first answer and stops it. */
    static Result time(Path store, List<Path> inputs, Path log) throws IOException, InterruptedException {
        try (Running server = start(store, inputs, log, Path.of("").toAbsolutePath())) {
            return server.started();
        }
    }

    /**
     * Starts {@code serve --store store inputs...} in {@code workDir} and returns once it answers.
     * Without inputs, {@code serve} loads {@code seeds/} of its working directory if there is one:
     * give a directory without one to serve the store as it is.
     */
    static Running start(Path store, List<Path> inputs, Path log, Path workDir) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx2g", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path")));
        String home = System.getProperty("pledgegraph.home");
        if (home != null) {
            cmd.add("-Dpledgegraph.home=" + home);
        }
        cmd.addAll(List.of("org.pledgegraph.cli.Main", "serve", "--no-ui", "--port", Integer.toString(port),
                "--store", store.toAbsolutePath().toString()));
        inputs.forEach(p -> cmd.add(p.toAbsolutePath().toString()));
        URI dataset = URI.create("http://127.0.0.1:" + port + Server.DATASET);
        URI ask = URI.create(dataset + "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Running running = new Running(child, dataset);
        try {
            while (System.nanoTime() - t0 < DEADLINE.toNanos()) {
                if (!child.isAlive()) {
                    throw new PledgegraphException("serve exited with " + child.exitValue() + " before answering; see " + log);
                }
                if (answers(http, ask)) {
                    running.seconds = (System.nanoTime() - t0) / 1e9;
                    return running;
                }
                Thread.sleep(20);
            }
            throw new PledgegraphException("serve did not answer within " + DEADLINE.toSeconds() + " s; see " + log);
        } catch (InterruptedException | RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** A {@code serve} child that answers; closing it stops it. */
    static final class Running implements AutoCloseable {
        private final Process child;
        private final URI dataset;
        private double seconds;

        private Running(Process child, URI dataset) {
            this.child = child;
            this.dataset = dataset;
        }

        /** Its SPARQL query endpoint. */
        URI sparql() {
            return URI.create(dataset + "/sparql");
        }

        /** From launch to the first answer, and its peak resident memory so far. */
        Result started() {
            return new Result(seconds, peakRssMb());
        }

        /** The child's peak resident memory so far (VmHWM; 0 where /proc is missing). */
        double peakRssMb() {
            return ServeStart.peakRssMb(child.pid());
        }

        @Override
        public void close() throws InterruptedException {
            child.destroy();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean answers(HttpClient http, URI ask) throws InterruptedException {
        try {
            HttpRequest req = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(2))
                    .header("Accept", "application/sparql-results+json").GET().build();
            return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static double peakRssMb(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
