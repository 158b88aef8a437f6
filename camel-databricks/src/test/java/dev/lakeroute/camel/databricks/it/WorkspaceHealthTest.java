package dev.lakeroute.camel.databricks.it;

import java.net.ServerSocket;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camel's health checks, as camel-main serves them (camel.health.enabled), against databricks-local: one readiness
 * check per workspace and credentials, UP when the workspace answers, DOWN saying what failed, never showing the
 * token, and asking the workspace at most once per healthCheckInterval; the sensors' checks are Camel's consumer
 * checks with the last successful poll and Databricks' answer added.
 */
class WorkspaceHealthTest {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();
    private static final String WRONG_TOKEN = "dapi-wrong-token-0123456789";

    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    private void start(RouteBuilder routes, Map<String, String> properties) {
        main = new Main();
        main.configure().addRoutesBuilder(routes);
        main.addInitialProperty("camel.health.enabled", "true");
        // Camel lists every check only at exposure level full; otherwise just the DOWN ones.
        main.addInitialProperty("camel.health.exposureLevel", "full");
        main.addInitialProperty("camel.component.databricks.host", LOCAL.url());
        main.addInitialProperty("camel.component.databricks.token", LOCAL.token());
        properties.forEach(main::addInitialProperty);
        main.start();
    }

    private Collection<HealthCheck.Result> readiness() {
        return HealthCheckHelper.invokeReadiness(main.getCamelContext());
    }

    private HealthCheck.Result check(String id) {
        Optional<HealthCheck.Result> found = readiness().stream().filter(r -> r.getCheck().getId().equals(id)).findFirst();
        assertThat(found).as("readiness check " + id + " among " + readiness().stream().map(r -> r.getCheck().getId()).toList())
                .isPresent();
        return found.get();
    }

    private static String authority(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void assertNoSecret(HealthCheck.Result result) {
        assertThat(result.getMessage().orElse("")).doesNotContain(LOCAL.token()).doesNotContain(WRONG_TOKEN);
        assertThat(result.getDetails().toString()).doesNotContain(LOCAL.token()).doesNotContain(WRONG_TOKEN);
        assertThat(result.getError().map(Throwable::toString).orElse("")).doesNotContain(LOCAL.token()).doesNotContain(WRONG_TOKEN);
    }

    @Test
    void workspaceIsReadyWhenItAnswersAndProbedOncePerInterval() {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a").to("databricks:clusters/list");
                from("direct:b").to("databricks:jobs/list");
            }
        }, Map.of());

        HealthCheck.Result result = check("databricks:" + authority(LOCAL.url()));
        System.out.println("UP result: " + result.getState() + " " + result.getMessage().orElse("") + " " + result.getDetails());
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("reachable and accepts the credentials"));
        assertThat(result.getDetails()).containsEntry("databricks.host", LOCAL.url()).containsEntry("databricks.auth", "token")
                .containsKey("databricks.checked.at");
        assertNoSecret(result);

        for (int i = 0; i < 20; i++) {
            readiness();
        }
        DatabricksComponent component = main.getCamelContext().getComponent("databricks", DatabricksComponent.class);
        assertThat(component.workspaceProbes()).as("two endpoints, one workspace and token: one check").hasSize(1);
        assertThat(component.workspaceProbes().values().iterator().next().probes())
                .as("21 readiness calls within the 30 s interval probe the workspace once").isEqualTo(1);
    }

    @Test
    void workspaceIsDownSayingWhatFailed() throws Exception {
        int closed = closedPort();
        // Accepts connections (the kernel's backlog) and never answers.
        ServerSocket silent = new ServerSocket(0);
        // https to databricks-local, which speaks plain http: the TLS handshake fails.
        String tlsToPlainHttp = LOCAL.url().replace("http://127.0.0.1", "https://localhost");
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrongToken").to("databricks:clusters/list?token=" + WRONG_TOKEN);
                from("direct:closed").to("databricks:clusters/list?host=http://localhost:" + closed);
                from("direct:dns").to("databricks:clusters/list?host=https://no-such-workspace.invalid");
                from("direct:tls").to("databricks:clusters/list?host=" + tlsToPlainHttp);
                from("direct:silent").to("databricks:clusters/list?requestTimeout=1000&host=http://localhost:" + silent.getLocalPort());
            }
        }, Map.of("camel.component.databricks.connectTimeout", "2000"));
        HealthCheck.Result timeout;
        try (silent) {
            timeout = check("databricks:localhost:" + silent.getLocalPort());
        }

        HealthCheck.Result wrongToken = check("databricks:" + authority(LOCAL.url()));
        HealthCheck.Result refused = check("databricks:localhost:" + closed);
        HealthCheck.Result dns = check("databricks:no-such-workspace.invalid");
        HealthCheck.Result tls = check("databricks:" + authority(tlsToPlainHttp));
        for (HealthCheck.Result r : new HealthCheck.Result[] { wrongToken, refused, dns, tls, timeout }) {
            System.out.println("DOWN result: " + r.getCheck().getId() + " " + r.getState() + " " + r.getMessage().orElse("")
                               + " " + r.getDetails());
            assertThat(r.getState()).as(r.getCheck().getId()).isEqualTo(HealthCheck.State.DOWN);
            assertNoSecret(r);
        }
        // As Databricks does, databricks-local answers a token it does not know with 403 "Invalid access token".
        assertThat(wrongToken.getDetails()).containsEntry("http.response.code", 403).containsEntry("databricks.failure", "permission_denied")
                .containsEntry("databricks.error.code", "403");
        assertThat(wrongToken.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("does not accept the credentials"));
        assertThat(refused.getDetails()).containsEntry("databricks.failure", "connection_refused");
        assertThat(dns.getDetails()).containsEntry("databricks.failure", "unresolved_host");
        assertThat(tls.getDetails()).containsEntry("databricks.failure", "tls");
        assertThat(timeout.getDetails()).containsEntry("databricks.failure", "timeout");
    }

    @Test
    void sensorHealthIsCamelsConsumerCheckWithTheLastSuccessfulPoll() {
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("databricks:jobs/runs/list?delay=200").routeId("goodSensor").to("log:ok?level=DEBUG");
                from("databricks:jobs/runs/list?delay=200&token=" + WRONG_TOKEN).routeId("badSensor").to("log:bad?level=DEBUG");
            }
        }, Map.of());

        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(check("consumer:goodSensor").getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(check("consumer:badSensor").getDetails()).containsKey(HealthCheck.FAILURE_ERROR_COUNT);
        });
        HealthCheck.Result bad = check("consumer:badSensor");
        System.out.println("Sensor DOWN result: " + bad.getState() + " " + bad.getMessage().orElse("") + " " + bad.getDetails());
        assertThat(bad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(bad.getDetails()).containsEntry("http.response.code", 403).containsEntry("databricks.last.successful.poll", "never");
        assertNoSecret(bad);
    }
}
