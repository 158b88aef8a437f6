package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.Command;

/**
 * A token printed by a command-line tool, as the SDKs read {@code az account get-access-token --output json}
 * and {@code databricks auth token}. The process's output goes to temporary files and its exit is awaited
 * through {@link Process#onExit()}, so no thread blocks on it.
 */
final class CliTokenSource implements Supplier<CompletableFuture<AccessToken>> {

    private static final DateTimeFormatter LOCAL_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();

    private final Command spec;
    private final ObjectMapper mapper;
    private final Duration timeout;

    CliTokenSource(Command spec, ObjectMapper mapper, Duration timeout) {
        this.spec = spec;
        this.mapper = mapper;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<AccessToken> get() {
        Path out;
        Path err;
        Process process;
        try {
            out = Files.createTempFile("databricks-cli-token", ".out");
            err = Files.createTempFile("databricks-cli-token", ".err");
            ProcessBuilder builder = new ProcessBuilder(spec.command()).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(spec.environment());
            process = builder.start();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(TokenResponses.refused(401, "cannot run " + spec.command().get(0)
                    + " for " + spec.method().sdkName() + " auth: " + e.getMessage()));
        }
        return process.onExit().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((exited, failure) -> {
                    try {
                        if (failure != null) {
                            process.destroyForcibly();
                            throw TokenResponses.refused(401, command() + (failure instanceof TimeoutException
                                    ? " did not answer within " + timeout.toMillis() + " ms" : " failed: " + failure.getMessage()));
                        }
                        return parse(exited.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                                Files.readString(err, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw TokenResponses.refused(401, "cannot read the output of " + command() + ": " + e.getMessage());
                    } finally {
                        out.toFile().delete();
                        err.toFile().delete();
                    }
                });
    }

    private AccessToken parse(int exitCode, String stdout, String stderr) {
        if (exitCode != 0) {
            String first = stderr.strip().lines().findFirst().orElse("");
            throw TokenResponses.refused(401, command() + " exited with " + exitCode
                    + (first.isEmpty() ? "" : ": " + (first.length() > 300 ? first.substring(0, 300) : first)));
        }
        JsonNode json;
        try {
            json = mapper.readTree(stdout);
        } catch (IOException e) {
            throw TokenResponses.refused(401, command() + " printed no JSON");
        }
        String token = json.path(spec.tokenField()).asText("");
        if (token.isEmpty()) {
            throw TokenResponses.refused(401, command() + " printed no " + spec.tokenField());
        }
        return new AccessToken(token, json.path(spec.typeField()).asText("Bearer"), expiry(json));
    }

    /** {@code expires_on} (epoch seconds, newer Azure CLIs), else the expiry field: RFC 3339, or local date-time as older Azure CLIs print it. */
    private Instant expiry(JsonNode json) {
        JsonNode epoch = json.get("expires_on");
        if (epoch != null && epoch.asText().matches("\\d+")) {
            return Instant.ofEpochSecond(epoch.asLong());
        }
        String text = json.path(spec.expiryField()).asText("");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text, LOCAL_TIME).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException e) {
                throw TokenResponses.refused(401, command() + " printed " + spec.expiryField() + " '" + text
                        + "'; expected RFC 3339 or yyyy-MM-dd HH:mm:ss[.ffffff]");
            }
        }
    }

    /** The tool and its sub-command, for messages: the rest of the command line may name hosts and profiles. */
    private String command() {
        List<String> c = spec.command();
        return String.join(" ", c.subList(0, Math.min(c.size(), 3)));
    }
}
