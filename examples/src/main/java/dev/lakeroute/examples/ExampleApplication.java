package dev.lakeroute.examples;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.main.Main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Runs the examples with camel-main. With {@code DATABRICKS_HOST} (and {@code DATABRICKS_TOKEN} or any
 * other credential the component resolves) set, the routes talk to that workspace; without, an embedded
 * databricks-local with Spark-backed clusters is started first, so no Databricks account is needed.
 * <p>
 * Without arguments it runs Scala and SQL on a cluster through the Command Execution API 1.2 ({@link Api12ExampleRoutes}) and exits. With the system
 * property {@code routes} (e.g. {@code -Droutes=command.yaml,run-sensor.yaml}) it runs those YAML
 * workflows from {@code routes/} until stopped; on databricks-local it first creates the cluster and
 * warehouse they refer to, unless {@code databricks.cluster-id} / {@code databricks.warehouse-id} are given.
 */
public final class ExampleApplication {
    private ExampleApplication() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        DatabricksLocal local = null;
        String host = System.getenv("DATABRICKS_HOST");
        if (host == null || host.isBlank()) {
            local = DatabricksLocal.builder()
                    .dataDir(Path.of(System.getProperty("databricks.local.data-dir", "target/databricks-local-data")))
                    .clusterStartDelay(Duration.ZERO)
                    .spark()
                    .start();
            System.out.println("No DATABRICKS_HOST set: started databricks-local at " + local.url());
            // Bound as an object rather than set as properties: a token in plain-text properties is what
            // camel-main rightly warns about.
            DatabricksComponent databricks = new DatabricksComponent();
            databricks.getConfiguration().setHost(local.url());
            databricks.getConfiguration().setToken(local.token());
            main.bind("databricks", databricks);
        }
        String routes = System.getProperty("routes", "").trim();
        if (routes.isEmpty()) {
            main.configure().addRoutesBuilder(new Api12ExampleRoutes(main::completed));
        } else {
            main.addInitialProperty("camel.main.routes-include-pattern", yamlPattern(routes));
            if (local != null) {
                new LocalWorkspaceSetup(local).provide(main, routes);
            }
            System.out.println("Running " + routes + " — press Ctrl-C to stop");
        }
        try {
            main.run(args);
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    /**
     * {@code command.yaml,run-sensor.yaml} → camel-main's include pattern over the project's routes/ directory; a
     * path is taken as it is, and a name with a scheme ({@code classpath:camel-databricks/templates/*.yaml}) too.
     */
    static String yamlPattern(String names) {
        Path dir = Files.isDirectory(Path.of("routes")) ? Path.of("routes") : Path.of("..", "routes");
        return Arrays.stream(names.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(name -> name.matches("[a-z]+:.*") ? name
                        : "file:" + dir.resolve(name.endsWith(".yaml") ? name : name + ".yaml"))
                .collect(Collectors.joining(","));
    }
}
