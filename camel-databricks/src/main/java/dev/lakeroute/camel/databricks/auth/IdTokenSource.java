package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.FromAzureDevOps;
import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.FromFile;
import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.FromGithubActions;
import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.FromVariable;
import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.IdTokenOrigin;

/** A workload's identity token (a JWT) for an audience, from wherever its platform hands it out. */
@FunctionalInterface
interface IdTokenSource {

    CompletableFuture<String> idToken(String audience);

    static IdTokenSource of(IdTokenOrigin origin, TokenHttp http, ObjectMapper mapper, Duration timeout) {
        if (origin instanceof FromVariable v) {
            return audience -> CompletableFuture.completedFuture(v.value());
        }
        if (origin instanceof FromFile f) {
            return audience -> CompletableFuture.completedFuture(null).thenApply(ignored -> read(f));
        }
        if (origin instanceof FromGithubActions g) {
            return audience -> {
                String separator = g.requestUrl().contains("?") ? "&" : "?";
                URI uri = URI.create(g.requestUrl() + (audience == null ? ""
                        : separator + "audience=" + URLEncoder.encode(audience, StandardCharsets.UTF_8)));
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                        .header("Authorization", "Bearer " + g.requestToken()).GET().build();
                return TokenResponses.send(http, request).thenApply(r -> field(r, mapper, "value", "GitHub Actions"));
            };
        }
        FromAzureDevOps d = (FromAzureDevOps) origin;
        return audience -> {
            String collection = d.collectionUri().endsWith("/")
                    ? d.collectionUri().substring(0, d.collectionUri().length() - 1) : d.collectionUri();
            URI uri = URI.create(collection + "/" + d.projectId() + "/_apis/distributedtask/hubs/" + d.hostType()
                                 + "/plans/" + d.planId() + "/jobs/" + d.jobId() + "/oidctoken?api-version=7.2-preview.1");
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + d.accessToken()).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            return TokenResponses.send(http, request).thenApply(r -> field(r, mapper, "oidcToken", "Azure DevOps"));
        };
    }

    private static String read(FromFile f) {
        try {
            String token = Files.readString(f.path(), StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw TokenResponses.refused(401, "the OIDC token file " + f.path() + " is empty");
            }
            return token;
        } catch (IOException e) {
            throw TokenResponses.refused(401, "cannot read the OIDC token file " + f.path() + ": " + e.getMessage());
        }
    }

    private static String field(HttpResponse<byte[]> response, ObjectMapper mapper, String field, String provider) {
        if (response.statusCode() / 100 != 2) {
            throw TokenResponses.refused(response.statusCode(), provider + " refused the ID token request (HTTP "
                    + response.statusCode() + ")");
        }
        try {
            String token = mapper.readTree(response.body()).path(field).asText("");
            if (token.isBlank()) {
                throw TokenResponses.refused(response.statusCode(), provider + " answered without " + field);
            }
            return token;
        } catch (IOException e) {
            throw TokenResponses.refused(response.statusCode(), provider + " answered the ID token request with invalid JSON");
        }
    }
}
