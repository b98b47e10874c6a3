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
 * Times {@code pledgegraph serve} in a child JVM, from launch to the first answered query, on
 * loopback. The child is the one this class started and is stopped by its handle.
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

    /** Runs {@code serve --store store inputs...} and waits for its first answer. */
    static Result time(Path store, List<Path> inputs, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx2g", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path")));
        String home = System.getProperty("pledgegraph.home");
        if (home != null) {
            cmd.add("-Dpledgegraph.home=" + home);
        }
        cmd.addAll(List.of("org.pledgegraph.cli.Main", "serve", "--no-ui", "--port", Integer.toString(port),
                "--store", store.toString()));
        inputs.forEach(p -> cmd.add(p.toString()));
        URI ask = URI.create("http://127.0.0.1:" + port + Server.DATASET + "/sparql?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (System.nanoTime() - t0 < DEADLINE.toNanos()) {
                if (!child.isAlive()) {
                    throw new PledgegraphException("serve exited with " + child.exitValue() + " before answering; see " + log);
                }
                if (answers(http, ask)) {
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    return new Result(seconds, peakRssMb(child.pid()));
                }
                Thread.sleep(20);
            }
            throw new PledgegraphException("serve did not answer within " + DEADLINE.toSeconds() + " s; see " + log);
        } finally {
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

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
