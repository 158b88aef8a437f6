package dev.lakeroute.examples;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented one-liner for a YAML route with nothing but the artifact added ({@code mvn -pl examples exec:exec
 * -Droutes=my-route.yaml}, the camel-main equivalent of {@code camel run my-route.yaml}): the same JVM command
 * exec:exec forks, as a process of its own, with a route written by a user and the component's route templates.
 */
class ExampleApplicationProcessTest {

    @Test
    void aUsersYamlRouteRunsThroughCamelMainAgainstTheEmbeddedDatabricksLocal(@TempDir Path dir) throws Exception {
        Path route = dir.resolve("my-route.yaml");
        Files.writeString(route, """
                - route:
                    id: my-route
                    from:
                      uri: timer:once
                      parameters:
                        repeatCount: 1
                      steps:
                        - to:
                            uri: databricks:clusters/list
                        - log:
                            message: "clusters listed: ${body}"
                        - to:
                            uri: direct:orders
                - templatedRoute:
                    routeTemplateRef: databricks-command-action
                    routeId: commands
                    parameters:
                      - name: input
                        value: commands
                      - name: clusterId
                        value: none-needed-here
                - route:
                    id: orders
                    from:
                      uri: direct:orders
                      steps:
                        - log:
                            message: "route templates loaded: ${camelContext.getRouteTemplateDefinitions().size()}"
                """, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Droutes=" + route + ",classpath:camel-databricks/templates/*.yaml",
                "-Ddatabricks.cluster-id=none", "-Ddatabricks.local.data-dir=" + dir.resolve("data"),
                "-Dcamel.main.durationMaxMessages=1", "-classpath", System.getProperty("java.class.path"),
                ExampleApplication.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("DATABRICKS_HOST");
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ended).as(output).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("No DATABRICKS_HOST set: started databricks-local at http://127.0.0.1:")
                    .contains("clusters listed: {clusters=[]}").contains("route templates loaded: 4");
        } finally {
            process.destroyForcibly();
        }
    }
}
