package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated {@code POST /api/2.0/sql/statements} body.
 *
 * @param waitTimeout      how long the call waits for a result; zero answers at once
 * @param cancelOnTimeout  {@code on_wait_timeout = CANCEL}
 * @param rowLimit         null for no limit
 * @param byteLimit        null for no limit (the INLINE 25 MiB limit still applies)
 */
record StatementRequest(String statement, String warehouseId, String catalog, String schema, List<StatementParameter> parameters,
                        Long rowLimit, Long byteLimit, Duration waitTimeout, boolean cancelOnTimeout) {
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    static StatementRequest parse(ApiRequest request) {
        String statement = request.string("statement").filter(text -> !text.isBlank())
                .orElseThrow(() -> ApiException.invalidParameter("statement is required and must not be empty"));
        String warehouseId = request.string("warehouse_id").filter(text -> !text.isBlank())
                .orElseThrow(() -> ApiException.invalidParameter("warehouse_id is required"));
        String format = request.string("format").orElse("JSON_ARRAY").toUpperCase(Locale.ROOT);
        switch (format) {
            case "JSON_ARRAY" -> { }
            case "ARROW_STREAM", "CSV" -> throw ApiException.notImplemented("format " + format
                    + " is not supported by databricks-local; use format JSON_ARRAY (the default) with disposition INLINE");
            default -> throw ApiException.invalidParameter("Invalid format '" + format + "'; allowed are JSON_ARRAY, ARROW_STREAM and CSV");
        }
        String disposition = request.string("disposition").orElse("INLINE").toUpperCase(Locale.ROOT);
        switch (disposition) {
            case "INLINE" -> { }
            case "EXTERNAL_LINKS" -> throw ApiException.invalidParameter("disposition EXTERNAL_LINKS is not supported by databricks-local "
                    + "(there is no cloud storage to link to); use disposition INLINE and page through the result chunks");
            default -> throw ApiException.invalidParameter("Invalid disposition '" + disposition + "'; allowed are INLINE and EXTERNAL_LINKS");
        }
        String onTimeout = request.string("on_wait_timeout").orElse("CONTINUE").toUpperCase(Locale.ROOT);
        if (!onTimeout.equals("CONTINUE") && !onTimeout.equals("CANCEL")) {
            throw ApiException.invalidParameter("Invalid on_wait_timeout '" + onTimeout + "'; allowed are CONTINUE and CANCEL");
        }
        return new StatementRequest(statement, warehouseId,
                request.string("catalog").filter(text -> !text.isBlank()).orElse(null),
                request.string("schema").filter(text -> !text.isBlank()).orElse(null),
                parameters(request.field("parameters")),
                limit(request, "row_limit"), limit(request, "byte_limit"),
                waitTimeout(request.string("wait_timeout")), onTimeout.equals("CANCEL"));
    }

    /** {@code "0s"} or {@code "5s"} to {@code "50s"}, as Databricks allows. */
    static Duration waitTimeout(Optional<String> text) {
        if (text.isEmpty()) {
            return DEFAULT_WAIT;
        }
        Matcher matcher = SECONDS.matcher(text.get().strip());
        long seconds = matcher.matches() ? parseSeconds(matcher.group(1)) : -1;
        if (seconds != 0 && (seconds < 5 || seconds > 50)) {
            throw ApiException.invalidParameter("Invalid wait_timeout '" + text.get()
                    + "': wait_timeout must be 0s (asynchronous) or between 5s and 50s, e.g. \"10s\"");
        }
        return Duration.ofSeconds(seconds);
    }

    private static long parseSeconds(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    private static Long limit(ApiRequest request, String field) {
        Optional<JsonNode> value = request.field(field);
        if (value.isEmpty() || value.get().isNull()) {
            return null;
        }
        long limit;
        if (value.get().isIntegralNumber()) {
            limit = value.get().asLong();
        } else {
            try {
                limit = Long.parseLong(value.get().asText().strip());
            } catch (NumberFormatException e) {
                throw ApiException.invalidParameter(field + " must be a whole number, was '" + value.get().asText() + "'");
            }
        }
        if (limit < 0) {
            throw ApiException.invalidParameter(field + " must not be negative, was " + limit);
        }
        return limit;
    }

    private static List<StatementParameter> parameters(Optional<JsonNode> json) {
        if (json.isEmpty() || json.get().isNull()) {
            return List.of();
        }
        if (!json.get().isArray()) {
            throw ApiException.invalidParameter("parameters must be a list of {name, value, type} objects");
        }
        List<StatementParameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode parameter : json.get()) {
            JsonNode value = parameter.path("value");
            StatementParameter bound = new StatementParameter(parameter.path("name").asText(null),
                    value.isMissingNode() || value.isNull() ? null : value.asText(),
                    parameter.path("type").isTextual() ? parameter.path("type").asText() : null);
            if (!names.add(bound.name())) {
                throw ApiException.invalidParameter("Parameter '" + bound.name() + "' is given more than once");
            }
            parameters.add(bound);
        }
        return List.copyOf(parameters);
    }
}
