package dev.lakeroute.dblocal.sparkdriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Lets a cluster's driver and Worker JVMs start together with its standalone Master: they load their
 * classes meanwhile and connect only once the Master accepts registrations, which databricks-local
 * announces by creating the file named in {@value #ENV}. Connecting earlier would not fail fast: Spark
 * retries a refused registration only after 5 to 20 s.
 */
public final class MasterGate {
    public static final String ENV = "LAKEROUTE_MASTER_READY_FILE";
    private static final Duration CHECK = Duration.ofMillis(20);

    private MasterGate() {
    }

    /**
     * Returns at once without the variable; otherwise loads {@code warmUp} (the classes the JVM needs first
     * once connected: time it would spend after the wait) and returns when the file exists, failing after
     * {@code timeout}.
     */
    public static void awaitIfGated(Duration timeout, String... warmUp) throws InterruptedException {
        String file = System.getenv(ENV);
        if (file == null || file.isBlank()) {
            return;
        }
        for (String className : warmUp) {
            try {
                Class.forName(className, true, MasterGate.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError notThere) {
                // Only a head start: the class loads later if it exists.
            }
        }
        Path ready = Path.of(file);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(ready)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The Spark master did not become ready within " + timeout.toSeconds()
                        + " s (" + ENV + "=" + file + " never appeared)");
            }
            Thread.sleep(CHECK.toMillis());
        }
    }
}
