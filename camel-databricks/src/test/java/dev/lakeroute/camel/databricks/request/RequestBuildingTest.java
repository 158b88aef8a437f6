package dev.lakeroute.camel.databricks.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.HttpCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBuildingTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RequestBuilder builder = new RequestBuilder(mapper);
    private final RequestEncoder encoder = new RequestEncoder(mapper, "test");
    private final OperationCatalogue catalogue = OperationCatalogue.shipped();
    private final RequestEncoder.Target target = new RequestEncoder.Target(
            HostUrl.parse("host", "adb-1.azuredatabricks.net", false),
            HostUrl.parse("accountsHost", "https://accounts.cloud.databricks.com", false), "acc-1");

    private HttpCall encode(String operation, DatabricksConfiguration config, Object body) {
        return encoder.encode(builder.build(catalogue.require(operation), config, body, "exchange-1"), target,
                Duration.ofSeconds(5));
    }

    private JsonNode json(HttpCall call) throws Exception {
        return mapper.readTree(call.body());
    }

    @Test
    void camelCaseOptionBecomesSnakeCaseQueryParameterOnGet() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setClusterId("0101-abc");
        HttpCall call = encode("clusters/get", config, null);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.uri().toString()).isEqualTo("https://adb-1.azuredatabricks.net/api/2.1/clusters/get?cluster_id=0101-abc");
        assertThat(call.body()).isNull();
        assertThat(call.idempotent()).isTrue();
    }

    @Test
    void api12OperationsKeepCamelCaseFieldNames() throws Exception {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setClusterId("c1");
        config.setLanguage("scala");
        HttpCall call = encode("contexts/create", config, null);
        assertThat(json(call).get("clusterId").asText()).isEqualTo("c1");
        assertThat(json(call).get("language").asText()).isEqualTo("scala");
        assertThat(json(call).has("cluster_id")).isFalse();
    }

    @Test
    void api12CanBeSentFormEncoded() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setClusterId("c1");
        config.setLanguage("scala");
        config.setFormEncoding(true);
        HttpCall call = encode("contexts/create", config, null);
        assertThat(call.headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded");
        assertThat(new String(call.body(), StandardCharsets.UTF_8)).isEqualTo("clusterId=c1&language=scala");
    }

    @Test
    void bodyOverlaysOptionsAndParamsForEveryBodyType() throws Exception {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setClusterId("from-option");
        config.getParams().put("num_workers", "2");
        config.getParams().put("autotermination_minutes", "10");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("num_workers", 5);
        for (Object body : new Object[] {
                map, "{\"num_workers\": 5}", mapper.createObjectNode().put("num_workers", 5), new Resize(5) }) {
            JsonNode sent = json(encode("clusters/resize", config, body));
            assertThat(sent.get("cluster_id").asText()).isEqualTo("from-option");
            assertThat(sent.get("num_workers").asInt()).as(body.getClass().getName()).isEqualTo(5);
            assertThat(sent.get("autotermination_minutes").asText()).isEqualTo("10");
        }
    }

    public record Resize(int num_workers) {
    }

    @Test
    void pathParametersAreFilledAndPercentEncoded() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setName("my catalog/ü");
        HttpCall call = encode("unity-catalog/catalogs/get", config, null);
        assertThat(call.uri().getRawPath()).isEqualTo("/api/2.1/unity-catalog/catalogs/my%20catalog/%C3%BC");
        assertThat(call.uri().getRawQuery()).isNull();
    }

    @Test
    void filesApiPathKeepsItsSlashesAndQueryFieldsOfAPutGoToTheQueryString() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.getParams().put("file_path", "/Volumes/main/default/vol/a b.txt");
        config.getParams().put("overwrite", "true");
        HttpCall call = encode("fs/files/upload", config, "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(call.uri().getRawPath()).isEqualTo("/api/2.0/fs/files/Volumes/main/default/vol/a%20b.txt");
        assertThat(call.uri().getRawQuery()).isEqualTo("overwrite=true");
        assertThat(call.headers()).containsEntry("Content-Type", "application/octet-stream");
        assertThat(new String(call.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void dotDotSegmentsInPathParametersAreRefused() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.getParams().put("ip_access_list_id", "../../token/delete");
        assertThatThrownBy(() -> encode("ip-access-lists/get", config, null))
                .isInstanceOf(DatabricksInvalidRequestException.class)
                .hasMessageContaining("path parameter ip_access_list_id")
                .hasMessageContaining("allowed");
    }

    @Test
    void missingPathParameterFailsBeforeAnyCallNamingHowToSetIt() {
        assertThatThrownBy(() -> encode("unity-catalog/schemas/get", new DatabricksConfiguration(), null))
                .isInstanceOf(DatabricksInvalidRequestException.class)
                .hasMessageContaining("path parameter full_name is missing")
                .hasMessageContaining("the option fullName");
    }

    @Test
    void deleteSendsFieldsAsQueryAndPostSendsEmptyJsonObject() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setName("main");
        config.getParams().put("force", "true");
        HttpCall delete = encode("unity-catalog/catalogs/delete", config, null);
        assertThat(delete.uri().toString()).endsWith("/api/2.1/unity-catalog/catalogs/main?force=true");
        HttpCall post = encode("clusters/list-zones", new DatabricksConfiguration(), null);
        assertThat(post.method()).isEqualTo("GET");
        HttpCall create = encode("secrets/scopes/list", new DatabricksConfiguration(), null);
        assertThat(create.body()).isNull();
        HttpCall events = encode("token/list", new DatabricksConfiguration(), null);
        assertThat(events.uri().getRawQuery()).isNull();
    }

    @Test
    void runsSubmitGetsAnIdempotencyTokenFromTheExchangeUnlessGiven() throws Exception {
        HttpCall derived = encode("jobs/runs/submit", new DatabricksConfiguration(), Map.of("run_name", "x"));
        assertThat(json(derived).get("idempotency_token").asText()).isEqualTo("exchange-1");
        assertThat(derived.idempotent()).isTrue();

        HttpCall given = encode("jobs/runs/submit", new DatabricksConfiguration(), Map.of("idempotency_token", "mine"));
        assertThat(json(given).get("idempotency_token").asText()).isEqualTo("mine");

        HttpCall create = encode("jobs/create", new DatabricksConfiguration(), Map.of("name", "x"));
        assertThat(json(create).has("idempotency_token")).isFalse();
        assertThat(create.idempotent()).isFalse();

        assertThat(RequestBuilder.idempotencyToken("x".repeat(100))).hasSize(64);
    }

    @Test
    void apiVersionOverrideRewritesThePath() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setApiVersion("2.0");
        config.setClusterId("c");
        assertThat(encode("clusters/get", config, null).uri().getRawPath()).isEqualTo("/api/2.0/clusters/get");
        config.setApiVersion("2.1");
        config.setClusterId(null);
        config.setJobId(7L);
        assertThat(encode("jobs/get", config, null).uri().toString()).endsWith("/api/2.1/jobs/get?job_id=7");
    }

    @Test
    void accountScopeGoesToTheAccountsHostWithTheAccountId() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.getParams().put("policy_id", "p1");
        HttpCall call = encode("accounts/budget-policies/get", config, null);
        assertThat(call.uri().toString())
                .isEqualTo("https://accounts.cloud.databricks.com/api/2.1/accounts/acc-1/budget-policies/p1");
    }

    @Test
    void nestedQueryValuesAreFlattenedLikeTheSdks() {
        DatabricksConfiguration config = new DatabricksConfiguration();
        Map<String, Object> body = Map.of("filter_by", Map.of("cluster_states", java.util.List.of("RUNNING", "PENDING")));
        HttpCall call = encode("clusters/list", config, body);
        assertThat(call.uri().getRawQuery())
                .isEqualTo("filter_by.cluster_states=RUNNING&filter_by.cluster_states=PENDING");
    }

    @Test
    void rawTakesMethodAndPathFromOptions() throws Exception {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.getParams().put("x", "1");
        Operation raw = Operation.raw("post", "/api/2.0/whatever");
        HttpCall call = encoder.encode(builder.build(raw, config, Map.of("y", 2), "e"), target, Duration.ofSeconds(1));
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.uri().getRawPath()).isEqualTo("/api/2.0/whatever");
        assertThat(json(call).get("x").asText()).isEqualTo("1");
        assertThat(json(call).get("y").asInt()).isEqualTo(2);
    }

    @Test
    void requestToStringShowsFieldNamesButNoValues() {
        OperationRequest request = builder.build(catalogue.require("secrets/put"), new DatabricksConfiguration(),
                Map.of("scope", "s", "key", "k", "string_value", "hunter2-secret"), null);
        assertThat(request.toString()).contains("string_value").doesNotContain("hunter2-secret");
    }
}
