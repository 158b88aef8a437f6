package dev.lakeroute.dblocal.controlplane.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RestartPersistenceTest {
    private static final String TOKEN = "dapi-restart-test";

    @Test
    void resourcesSecretsAndInFlightTransitionsSurviveARestart(@TempDir Path dataDir) {
        String poolId;
        String warehouseId;
        String userId;
        try (DatabricksLocal first = DatabricksLocal.builder().dataDir(dataDir).token(TOKEN)
                .clusterStartDelay(Duration.ofSeconds(30)).start()) {
            RawHttp http = RawHttp.bearer(first.url(), TOKEN);
            poolId = http.post("/api/2.0/instance-pools/create", "{\"instance_pool_name\":\"kept\",\"node_type_id\":\"i3.xlarge\"}")
                    .json().path("instance_pool_id").asText();
            http.post("/api/2.1/unity-catalog/catalogs", "{\"name\":\"kept_catalog\"}");
            userId = http.post("/api/2.0/preview/scim/v2/Users", "{\"userName\":\"kept@example.com\"}").json().path("id").asText();
            http.post("/api/2.0/secrets/scopes/create", "{\"scope\":\"kept-scope\"}");
            http.post("/api/2.0/secrets/put", "{\"scope\":\"kept-scope\",\"key\":\"k\",\"string_value\":\"v\"}");
            warehouseId = http.post("/api/2.0/sql/warehouses", "{\"name\":\"kept-wh\"}").json().path("id").asText();
            assertThat(http.get("/api/2.0/sql/warehouses/" + warehouseId).json().path("state").asText()).isEqualTo("STARTING");
        }

        try (DatabricksLocal second = DatabricksLocal.builder().dataDir(dataDir).token(TOKEN)
                .clusterStartDelay(Duration.ofMillis(100)).start()) {
            RawHttp http = RawHttp.bearer(second.url(), TOKEN);
            assertThat(http.get("/api/2.0/instance-pools/get?instance_pool_id=" + poolId).json().path("instance_pool_name").asText())
                    .isEqualTo("kept");
            assertThat(http.get("/api/2.1/unity-catalog/schemas?catalog_name=kept_catalog").json().path("schemas")).hasSize(2);
            assertThat(http.get("/api/2.0/preview/scim/v2/Users/" + userId).json().path("userName").asText()).isEqualTo("kept@example.com");
            JsonNode secret = http.get("/api/2.0/secrets/get?scope=kept-scope&key=k").json();
            assertThat(secret.path("value").asText()).isEqualTo("dg==");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(http.get("/api/2.0/sql/warehouses/" + warehouseId).json().path("state").asText()).isEqualTo("RUNNING"));
        }
    }
}
