package dev.lakeroute.camel.databricks.it.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * databricks-local as a child JVM through its CLI ({@code dev.lakeroute.dblocal.Main}), on a fixed port
 * and data directory, so that after a SIGKILL it can be started again where clients and state expect it.
 */
final class ServerProcess implements AutoCloseable {

    static final String TOKEN = "dapi-reliability-child";

    private final int port;
    private final ChildJvm jvm;

    ServerProcess(Path dataDir, boolean spark, Duration clusterStartDelay) {
        this.port = freePort();
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--data-dir", dataDir.toString(),
                "--token", TOKEN, "--cluster-start-delay-ms", String.valueOf(clusterStartDelay.toMillis())));
        if (spark) {
            args.addAll(List.of("--driver-heap", "512m"));
        } else {
            args.add("--no-spark");
        }
        this.jvm = new ChildJvm("databricks-local", List.of(), "dev.lakeroute.dblocal.Main", args,
                dataDir.resolveSibling(dataDir.getFileName() + ".log"));
    }

    ServerProcess start() {
        jvm.start("databricks-local listening on", Duration.ofSeconds(60));
        return this;
    }

    void kill() {
        jvm.kill();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    LocalAdmin admin() {
        return new LocalAdmin(url(), TOKEN);
    }

    @Override
    public void close() {
        jvm.kill();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
