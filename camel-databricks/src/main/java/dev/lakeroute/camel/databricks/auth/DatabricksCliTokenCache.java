package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.CliTokenCache;

/**
 * The Databricks CLI's token cache, {@code ~/.databricks/token-cache.json}
 * ({@code {"version": 1, "tokens": {"<host or profile>": {"access_token", "token_type", "expiry", "refresh_token"}}}}),
 * read when the CLI itself is not installed. Its access token is used while valid; refreshing it is the
 * CLI's job ({@code databricks auth login}), so an expired entry is an error saying so.
 */
final class DatabricksCliTokenCache implements Supplier<CompletableFuture<AccessToken>> {

    private final CliTokenCache spec;
    private final ObjectMapper mapper;
    private final Clock clock;

    DatabricksCliTokenCache(CliTokenCache spec, ObjectMapper mapper, Clock clock) {
        this.spec = spec;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Whether the file has an entry under one of the keys (the chain offers this method only then). */
    static boolean hasEntry(CliTokenCache spec, ObjectMapper mapper) {
        try {
            return entry(spec, mapper.readTree(spec.file().toFile())) != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public CompletableFuture<AccessToken> get() {
        return CompletableFuture.completedFuture(null).thenApply(ignored -> read());
    }

    private AccessToken read() {
        JsonNode entry;
        try {
            entry = entry(spec, mapper.readTree(spec.file().toFile()));
        } catch (IOException e) {
            throw TokenResponses.refused(401, "cannot read the Databricks CLI token cache " + spec.file() + ": " + e.getMessage());
        }
        String login = "; run databricks auth login --host " + spec.keys().get(0);
        if (entry == null || entry.path("access_token").asText("").isEmpty()) {
            throw TokenResponses.refused(401, "no token for " + spec.keys() + " in " + spec.file() + login);
        }
        Instant expiry;
        try {
            expiry = OffsetDateTime.parse(entry.path("expiry").asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw TokenResponses.refused(401, "the token for " + spec.keys().get(0) + " in " + spec.file()
                    + " has no RFC 3339 expiry" + login);
        }
        if (!expiry.isAfter(clock.instant())) {
            throw TokenResponses.refused(401, "the token for " + spec.keys().get(0) + " in " + spec.file()
                    + " expired at " + expiry + login);
        }
        return new AccessToken(entry.path("access_token").asText(), entry.path("token_type").asText("Bearer"), expiry);
    }

    private static JsonNode entry(CliTokenCache spec, JsonNode cache) {
        for (String key : spec.keys()) {
            JsonNode entry = cache.path("tokens").get(key);
            if (entry != null && entry.isObject()) {
                return entry;
            }
        }
        return null;
    }
}
