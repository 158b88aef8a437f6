package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerCoreTest {
    private static final String TOKEN = "dapi-core-test";
    private static DatabricksLocal local;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        local = DatabricksLocal.builder().token(TOKEN).servicePrincipal("sp-1", "sp-1-secret").start();
        http = RawHttp.bearer(local.url(), TOKEN);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @AfterEach
    void clearFaults() {
        local.faults().clear();
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertThat(local.url()).startsWith("http://127.0.0.1:").doesNotEndWith(":0");
    }

    @Test
    void missingCredentialsAnswer401WithDatabricksErrorJson() {
        RawHttp.Reply reply = new RawHttp(local.url(), null).get("/api/2.0/token/list");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("message").asText()).contains("Credential was not sent");
        assertThat(reply.json().has("error_code")).isTrue();
    }

    @Test
    void wrongTokenAnswers403InvalidAccessToken() {
        RawHttp.Reply reply = RawHttp.bearer(local.url(), "dapi-wrong").get("/api/2.0/token/list");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("message").asText()).isEqualTo("Invalid access token.");
    }

    @Test
    void basicAuthWithUserAndTokenIsAccepted() {
        String basic = Base64.getEncoder().encodeToString(("someone@example.com:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        assertThat(new RawHttp(local.url(), "Basic " + basic).get("/api/2.0/token/list").status()).isEqualTo(200);
        String wrong = Base64.getEncoder().encodeToString("someone@example.com:nope".getBytes(StandardCharsets.UTF_8));
        assertThat(new RawHttp(local.url(), "Basic " + wrong).get("/api/2.0/token/list").status()).isEqualTo(403);
    }

    @Test
    void createdPersonalAccessTokenAuthenticatesUntilRevoked() {
        RawHttp.Reply created = http.post("/api/2.0/token/create", "{\"comment\":\"ci\",\"lifetime_seconds\":600}");
        assertThat(created.status()).isEqualTo(200);
        String pat = created.json().path("token_value").asText();
        String tokenId = created.json().path("token_info").path("token_id").asText();
        assertThat(pat).startsWith("dapi");

        RawHttp withPat = RawHttp.bearer(local.url(), pat);
        assertThat(withPat.get("/api/2.0/token/list").json().path("token_infos").toString()).contains(tokenId).doesNotContain(pat);

        assertThat(http.post("/api/2.0/token/delete", "{\"token_id\":\"" + tokenId + "\"}").status()).isEqualTo(200);
        assertThat(withPat.get("/api/2.0/token/list").status()).isEqualTo(403);
    }

    @Test
    void oauthMachineToMachineIssuesTokensToConfiguredServicePrincipals() {
        RawHttp anonymous = new RawHttp(local.url(), null);
        RawHttp.Reply discovery = anonymous.get("/oidc/.well-known/oauth-authorization-server");
        assertThat(discovery.status()).isEqualTo(200);
        String tokenEndpoint = discovery.json().path("token_endpoint").asText();
        assertThat(tokenEndpoint).isEqualTo(local.url() + "/oidc/v1/token");

        String basic = Base64.getEncoder().encodeToString("sp-1:sp-1-secret".getBytes(StandardCharsets.UTF_8));
        RawHttp.Reply token = new RawHttp(local.url(), "Basic " + basic).postForm("/oidc/v1/token", "grant_type=client_credentials&scope=all-apis");
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.json().path("expires_in").asLong()).isEqualTo(3600);
        String accessToken = token.json().path("access_token").asText();
        assertThat(RawHttp.bearer(local.url(), accessToken).get("/api/2.0/token/list").status()).isEqualTo(200);

        String wrong = Base64.getEncoder().encodeToString("sp-1:bad".getBytes(StandardCharsets.UTF_8));
        RawHttp.Reply refused = new RawHttp(local.url(), "Basic " + wrong).postForm("/oidc/v1/token", "grant_type=client_credentials&scope=all-apis");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void wellKnownDatabricksConfigNeedsNoCredentials() {
        RawHttp.Reply reply = new RawHttp(local.url(), null).get("/.well-known/databricks-config");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("oidc_endpoint").asText()).isEqualTo(local.url() + "/oidc");
    }

    @Test
    void unknownEndpointAnswers404EndpointNotFound() {
        RawHttp.Reply reply = http.get("/api/2.0/no-such/thing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("ENDPOINT_NOT_FOUND");
        assertThat(reply.json().path("message").asText()).contains("GET /api/2.0/no-such/thing");
    }

    @Test
    void malformedJsonAnswers400() {
        RawHttp.Reply reply = http.post("/api/2.0/token/create", "{not json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void jsonBodySentAsAFormLikeCurlDashDIsReadAsJson() {
        RawHttp.Reply reply = http.postForm("/api/2.0/token/create", "{\"comment\": \"from curl -d\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("token_info").path("comment").asText()).isEqualTo("from curl -d");
    }

    @Test
    void missingRequiredFieldNamesTheField() {
        RawHttp.Reply reply = http.post("/api/2.0/token/delete", "{}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(reply.json().path("message").asText()).isEqualTo("Missing required field: token_id");
    }

    @Test
    void rateLimitFaultAnswers429WithRetryAfterThenRecovers() {
        http.post("/local/faults", "{\"operation\":\"token/list\",\"kind\":\"RATE_LIMIT\",\"count\":2,\"retry_after_seconds\":3}");
        RawHttp.Reply first = http.get("/api/2.0/token/list");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.response().headers().firstValue("Retry-After")).contains("3");
        assertThat(first.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(429);
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(200);
    }

    @Test
    void internalErrorAndUnavailableFaults() {
        local.faults().inject(Fault.of("token/list", FaultKind.INTERNAL_ERROR));
        local.faults().inject(Fault.of("token/list", FaultKind.UNAVAILABLE));
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(500);
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(503);
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(200);
    }

    @Test
    void faultsMatchOnlyTheirOperation() {
        local.faults().inject(Fault.of("token/create", FaultKind.INTERNAL_ERROR));
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(200);
        assertThat(http.get("/local/faults").json().path("faults")).hasSize(1);
    }

    @Test
    void delayFaultDelaysThenAnswers() {
        local.faults().inject(Fault.of("token/list", FaultKind.DELAY).delayMillis(400));
        long start = System.nanoTime();
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void dropFaultClosesTheConnectionWithoutAnswer() {
        local.faults().inject(Fault.of("token/list", FaultKind.DROP));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(local.url() + "/api/2.0/token/list"))
                .header("Authorization", "Bearer " + TOKEN).build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(http.get("/api/2.0/token/list").status()).isEqualTo(200);
    }

    @Test
    void dropAfterResponseFaultDoesTheWorkButLosesTheAnswer() throws Exception {
        local.faults().inject(Fault.of("token/create", FaultKind.DROP_AFTER_RESPONSE));
        int before = http.get("/api/2.0/token/list").json().path("token_infos").size();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(local.url() + "/api/2.0/token/create"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"comment\":\"lost\"}")).build();
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(http.get("/api/2.0/token/list").json().path("token_infos").size()).isEqualTo(before + 1);
    }

    @Test
    void faultAdminRejectsUnknownKindNamingTheAllowedOnes() {
        RawHttp.Reply reply = http.post("/local/faults", "{\"operation\":\"clusters/get\",\"kind\":\"EXPLODE\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asText()).contains("RATE_LIMIT").contains("DROP_AFTER_RESPONSE").contains("EXPLODE");
    }

    @Test
    void stateSurvivesARestartOnTheSameDataDir(@TempDir Path dataDir) {
        String pat;
        try (DatabricksLocal first = DatabricksLocal.builder().dataDir(dataDir).token("dapi-one").start()) {
            pat = RawHttp.bearer(first.url(), "dapi-one").post("/api/2.0/token/create", "{\"comment\":\"kept\"}")
                    .json().path("token_value").asText();
        }
        try (DatabricksLocal second = DatabricksLocal.builder().dataDir(dataDir).token("dapi-two").start()) {
            RawHttp.Reply reply = RawHttp.bearer(second.url(), pat).get("/api/2.0/token/list");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).contains("kept");
        }
        assertThat(dataDir).exists();
    }

    @Test
    void settingsNeverShowTheToken() {
        assertThat(local.settings().toString()).doesNotContain(TOKEN).contains("****");
        assertThat(local.toString()).doesNotContain(TOKEN);
    }
}
