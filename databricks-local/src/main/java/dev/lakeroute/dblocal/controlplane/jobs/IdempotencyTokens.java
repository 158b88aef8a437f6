package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.ApiException;

import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@code idempotency_token} of run-now and runs/submit: a repeated token answers the run it started,
 * without a second run. A token is claimed before its run is created and released if creating fails, so
 * a retry after a refused request starts the run.
 */
final class IdempotencyTokens {
    static final int MAX_TOKEN = 64;

    private final RunStore runs;

    IdempotencyTokens(RunStore runs) {
        this.runs = runs;
    }

    /** The request's token under {@code scope} ({@code run-now:<job id>}, {@code submit}), if it has one. */
    static Optional<String> key(JsonNode body, String scope) {
        if (!body.hasNonNull("idempotency_token")) {
            return Optional.empty();
        }
        String token = body.get("idempotency_token").asText();
        if (token.length() > MAX_TOKEN) {
            throw ApiException.invalidParameter("idempotency_token must be at most " + MAX_TOKEN
                    + " characters, was " + token.length());
        }
        return token.isEmpty() ? Optional.empty() : Optional.of(scope + ":" + token);
    }

    /** Creates the run {@code runId} with {@code create} unless {@code key} started one already; answers the run's id. */
    long start(Optional<String> key, long runId, LongConsumer create) {
        if (key.isPresent()) {
            Optional<Long> existing = runs.claim(key.get(), runId);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        try {
            create.accept(runId);
        } catch (RuntimeException e) {
            key.ifPresent(runs::release);
            throw e;
        }
        return runId;
    }
}
