package dev.lakeroute.camel.databricks.error;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.support.Redactor;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMappingTest {

    private final ErrorMapper mapper = new ErrorMapper(new ObjectMapper());

    private DatabricksException map(int status, String contentType, String body) {
        return mapper.map(status, contentType, body.getBytes(StandardCharsets.UTF_8), "clusters/get", "req-1",
                Redactor.of(List.of("dapi-secret-token")));
    }

    @Test
    void databricksErrorBodyBecomesTypedExceptionWithFields() {
        DatabricksException e = map(400, "application/json",
                "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"Cluster 1 does not exist\"}");
        assertThat(e).isInstanceOf(DatabricksBadRequestException.class);
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(e.getDetail()).isEqualTo("Cluster 1 does not exist");
        assertThat(e.getOperation()).isEqualTo("clusters/get");
        assertThat(e.getRequestId()).isEqualTo("req-1");
        assertThat(e.getMessage()).isEqualTo(
                "clusters/get failed: HTTP 400 INVALID_PARAMETER_VALUE: Cluster 1 does not exist (request id req-1)");
    }

    @Test
    void resourceDoesNotExistIsNotFoundWhateverTheStatus() {
        assertThat(map(404, "application/json", "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"x\"}"))
                .isInstanceOf(DatabricksNotFoundException.class);
        assertThat(map(400, "application/json", "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"x\"}"))
                .isInstanceOf(DatabricksNotFoundException.class);
    }

    @Test
    void htmlFromAProxyIsQuotedWithoutMarkup() {
        DatabricksException e = map(502, "text/html",
                "<html><head><title>502 Bad Gateway</title><style>p{}</style></head><body><h1>Bad Gateway</h1></body></html>");
        assertThat(e).isInstanceOf(DatabricksServerException.class);
        assertThat(e.getErrorCode()).isNull();
        assertThat(e.getMessage()).contains("non-JSON error body (text/html)").contains("502 Bad Gateway Bad Gateway")
                .doesNotContain("<h1>");
    }

    @Test
    void numericErrorCodesScimAndOauthShapesAreRead() {
        assertThat(map(403, "application/json", "{\"error_code\":403,\"message\":\"Invalid access token\"}"))
                .isInstanceOf(DatabricksPermissionDeniedException.class).hasMessageContaining("Invalid access token");
        assertThat(map(404, "application/scim+json", "{\"detail\":\"User not found\",\"status\":\"404\"}").getDetail())
                .isEqualTo("User not found");
        assertThat(map(401, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}")
                .getErrorCode()).isEqualTo("invalid_client");
        assertThat(map(503, null, "")).isInstanceOf(DatabricksUnavailableException.class);
    }

    @Test
    void secretsEchoedByTheServerAreMasked() {
        DatabricksException e = map(401, "text/plain", "token dapi-secret-token is not valid");
        assertThat(e.getMessage()).doesNotContain("dapi-secret-token").contains(Redactor.MASK);
    }
}
