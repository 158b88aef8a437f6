package dev.lakeroute.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The python databricks-local starts {@code spark_python_task}s with. A pyenv shim on the PATH costs about
 * 0.5 s of CPU per start (it runs bash and pyenv first); with a thousand runs on two cores that would
 * measure pyenv, so the interpreter itself is used when there is one.
 */
final class Python {
    private static final String PROPERTY = "databricks.local.python";

    private Python() {
    }

    /** Sets databricks-local's python before its first task runs, unless it was set already. */
    static void configure() {
        if (System.getProperty(PROPERTY) == null && Files.isExecutable(Path.of("/usr/bin/python3"))) {
            System.setProperty(PROPERTY, "/usr/bin/python3");
        }
    }

    static String executable() {
        return System.getProperty(PROPERTY, "python3");
    }
}
