package dev.lakeroute.examples;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.main.Main;

import java.nio.file.Path;

/**
 * Runs the examples with camel-main. With {@code DATABRICKS_HOST} (and {@code DATABRICKS_TOKEN} or any
 * other credential the component resolves) set, the routes talk to that workspace; without, an embedded
 * databricks-local with Spark-backed clusters is started first, so no Databricks account is needed.
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
                    .clusterStartDelay(java.time.Duration.ZERO)
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
        main.configure().addRoutesBuilder(new SeedStoryRoutes(main::completed));
        try {
            main.run(args);
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }
}
