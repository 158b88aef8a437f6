package dev.lakeroute.camel.databricks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.command.CommandStep;
import dev.lakeroute.camel.databricks.consumer.DatabricksConsumers;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.request.ApiVersions;
import dev.lakeroute.camel.databricks.request.FieldOptions;
import dev.lakeroute.camel.databricks.request.RequestDefaults;
import dev.lakeroute.camel.databricks.response.OutputType;
import dev.lakeroute.camel.databricks.step.OperationSteps;
import dev.lakeroute.camel.databricks.step.OptionCheck;

import static dev.lakeroute.camel.databricks.step.OptionCheck.notNegative;
import static dev.lakeroute.camel.databricks.step.OptionCheck.positive;

/**
 * Checks an endpoint's options against each other and against its operation, when the endpoint is
 * created, so that a mistake fails the route at startup with a message naming the option and what
 * it accepts, rather than the first message at runtime. Here are the checks of the options every call
 * shares; each composite step checks its own ({@link dev.lakeroute.camel.databricks.step.CompositeStep#validate}), the
 * SQL sensors theirs ({@link DatabricksConsumers#validate}).
 */
final class OptionValidator {

    static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final int MAX_RETRIES_LIMIT = 100;
    /** Durations for which 0 makes no sense; every other duration option may be 0 (none, or no limit). */
    static final Set<String> POSITIVE_DURATIONS = Set.of("connectTimeout", "requestTimeout", "pollInterval", "maxPollInterval");

    private OptionValidator() {
    }

    /**
     * @param uriOptions options given on the endpoint's URI: only they are refused for operations that do not use them
     * @param requests   what the options put into the endpoint's requests
     */
    static void validate(DatabricksConfiguration c, Operation op, Set<String> uriOptions, RequestDefaults requests,
                         DatabricksRuntime runtime) {
        durations(c);
        if (c.getMaxRetries() < 0 || c.getMaxRetries() > MAX_RETRIES_LIMIT) {
            throw new DatabricksConfigurationException("maxRetries", "is " + c.getMaxRetries(),
                    "an integer from 0 (no retries) to " + MAX_RETRIES_LIMIT);
        }
        if (c.getMaxQueuedCalls() < 0) {
            throw new DatabricksConfigurationException("maxQueuedCalls", "is " + c.getMaxQueuedCalls(),
                    "0 (every call waits its turn) or a positive number of calls that may wait for the rate limit");
        }
        if (!(c.getRateLimit() >= 0) || Double.isInfinite(c.getRateLimit())) {
            throw new DatabricksConfigurationException("rateLimit", "is " + c.getRateLimit(),
                    "0 (no limit) or a positive number of requests per second");
        }
        if (c.getLanguage() != null && !CommandStep.LANGUAGES.contains(c.getLanguage())) {
            throw new DatabricksConfigurationException(FieldOptions.writtenAs("language", uriOptions),
                    "is '" + c.getLanguage() + "'", "scala, python, sql or r");
        }
        HostUrl.parse("accountsHost", c.getAccountsHost(), c.isAllowInsecureHttp());
        if (c.getAzureLoginHost() != null) {
            HostUrl.parse("azureLoginHost", c.getAzureLoginHost(), c.isAllowInsecureHttp());
        }
        if (c.getTrustStore() != null && !c.getTrustStore().isBlank() && !Files.isRegularFile(Path.of(c.getTrustStore()))) {
            throw new DatabricksConfigurationException("trustStore", "file " + c.getTrustStore() + " does not exist",
                    "the path of a readable PKCS12 or JKS file");
        }
        OutputType output = OutputType.parse(c.getOutputClass(), OptionValidator.class.getClassLoader());
        if (c.isStreamList() && (output.kind() == OutputType.Kind.STRING || output.kind() == OutputType.Kind.BYTES)) {
            throw new DatabricksConfigurationException("outputClass", "is " + c.getOutputClass()
                    + " but streamList=true returns an Iterator of list items", "Map, JsonNode or a class for each item");
        }
        if (op.openFields()) {
            raw(c, uriOptions, requests);
        } else {
            catalogued(c, op, uriOptions, requests, runtime);
            pathSegments(op, uriOptions, requests);
        }
        waits(c, op, uriOptions, runtime.steps());
        // Shared by two steps, so neither can refuse it for the other's operation.
        if (uriOptions.contains("stateRepository") && !Set.of("sql/statements/execute", CommandStep.NAME).contains(op.name())) {
            throw new DatabricksConfigurationException("stateRepository", "is set for " + op.name(),
                    "only with sql/statements/execute and databricks:command (runs are kept to one per message by their"
                    + " idempotency token)");
        }
        OptionCheck check = new OptionCheck(c, op, uriOptions);
        runtime.steps().validate(check);
        DatabricksConsumers.validate(check);
    }

    /** The options every wait shares, and waitForState, which the cluster and library steps both read. */
    private static void waits(DatabricksConfiguration c, Operation op, Set<String> uriOptions, OperationSteps steps) {
        positive("pollInterval", c.getPollInterval());
        positive("maxPollInterval", c.getMaxPollInterval());
        if (c.getMaxPollInterval() < c.getPollInterval()) {
            throw new DatabricksConfigurationException("maxPollInterval", "(" + c.getMaxPollInterval()
                    + " ms) is smaller than pollInterval (" + c.getPollInterval() + " ms)", "a duration >= pollInterval");
        }
        notNegative("waitTimeout", c.getWaitTimeout());
        notNegative("waitLogThreshold", c.getWaitLogThreshold());
        Map<String, String> waitStates = steps.waitStates();
        // A component-wide default need not fit every operation (RUNNING on clusters/delete): the steps ignore it there.
        if (c.getWaitForState() != null && uriOptions.contains("waitForState")) {
            String allowed = waitStates.get(op.name());
            if (allowed == null) {
                throw new DatabricksConfigurationException("waitForState", "is not used by " + op.name(), describe(waitStates));
            }
            if (!allowed.equals(c.getWaitForState())) {
                throw new DatabricksConfigurationException("waitForState", "'" + c.getWaitForState() + "' is not a state "
                        + op.name() + " can wait for", allowed);
            }
        }
    }

    /** clusters/create, clusters/start (RUNNING), clusters/delete (TERMINATED), ...: the operations grouped by state. */
    private static String describe(Map<String, String> waitStates) {
        Map<String, List<String>> byState = new LinkedHashMap<>();
        waitStates.forEach((operation, state) -> byState.computeIfAbsent(state, s -> new ArrayList<>()).add(operation));
        return byState.entrySet().stream().map(e -> String.join(", ", e.getValue()) + " (" + e.getKey() + ")")
                .collect(Collectors.joining(", "));
    }

    private static void durations(DatabricksConfiguration c) {
        positive("connectTimeout", c.getConnectTimeout());
        positive("requestTimeout", c.getRequestTimeout());
        notNegative("retryTimeout", c.getRetryTimeout());
        notNegative("initialRetryDelay", c.getInitialRetryDelay());
        notNegative("maxRetryDelay", c.getMaxRetryDelay());
        if (c.getMaxRetryDelay() < c.getInitialRetryDelay()) {
            throw new DatabricksConfigurationException("maxRetryDelay", "(" + c.getMaxRetryDelay()
                    + " ms) is smaller than initialRetryDelay (" + c.getInitialRetryDelay() + " ms)",
                    "a duration >= initialRetryDelay");
        }
    }

    /** A field option is refused when the URI sets it; a component-wide default is ignored (see RequestBuilder). */
    private static void raw(DatabricksConfiguration c, Set<String> uriOptions, RequestDefaults requests) {
        if (c.getHttpMethod() == null || !HTTP_METHODS.contains(c.getHttpMethod().toUpperCase(java.util.Locale.ROOT))) {
            throw new DatabricksConfigurationException("httpMethod", c.getHttpMethod() == null ? "is required by databricks:raw"
                    : "is '" + c.getHttpMethod() + "'", String.join(", ", HTTP_METHODS.stream().sorted().toList()));
        }
        if (c.getPath() == null || !c.getPath().startsWith("/") || c.getPath().contains("..")) {
            throw new DatabricksConfigurationException("path", c.getPath() == null ? "is required by databricks:raw"
                    : "is '" + c.getPath() + "'", "an absolute request path such as /api/2.0/clusters/list, without ..");
        }
        if (c.getApiVersion() != null) {
            throw new DatabricksConfigurationException("apiVersion", "is not used by databricks:raw",
                    "the version inside path, e.g. path=/api/2.1/clusters/list");
        }
        for (String option : requests.fieldOptions().keySet()) {
            if (!option.equals("path") && FieldOptions.onUri(option, uriOptions)) {
                throw new DatabricksConfigurationException(FieldOptions.writtenAs(option, uriOptions), "is not used by databricks:raw",
                        "param." + FieldOptions.wireName(option) + "=<value> or the message body");
            }
        }
    }

    /** A field option the operation has not is refused when the URI sets it; a component-wide default is not sent. */
    private static void catalogued(DatabricksConfiguration c, Operation op, Set<String> uriOptions, RequestDefaults requests,
                                   DatabricksRuntime runtime) {
        if (c.getHttpMethod() != null) {
            throw new DatabricksConfigurationException("httpMethod", "is only used by databricks:raw",
                    "no httpMethod: " + op.name() + " is always " + op.httpMethod());
        }
        if (c.getApiVersion() != null) {
            Set<String> allowed = ApiVersions.allowed(op);
            if (!allowed.contains(c.getApiVersion())) {
                throw new DatabricksConfigurationException("apiVersion", "'" + c.getApiVersion() + "' is not supported by "
                        + op.name(), allowed.isEmpty() ? "none: this operation's path has no version"
                        : String.join(", ", allowed));
            }
        }
        if (c.isFormEncoding() && !op.isApi12()) {
            throw new DatabricksConfigurationException("formEncoding", "is set for " + op.name() + " (API " + op.version() + ")",
                    "formEncoding=true only with API 1.2 operations (contexts/*, commands/*)");
        }
        for (String option : requests.fieldOptions().keySet()) {
            if (FieldOptions.fieldName(op, option) != null || !FieldOptions.onUri(option, uriOptions)) {
                continue;
            }
            String written = FieldOptions.writtenAs(option, uriOptions);
            if (!written.equals(option)) {
                throw new DatabricksConfigurationException(written, "is not a field of " + op.name(), written + " (short for "
                        + option + ") only with the operations that have it: " + String.join(", ", users(option, runtime)));
            }
            throw new DatabricksConfigurationException(option, "is not a field of " + op.name(),
                    fieldsOf(op) + " (use param.<field>=<value> for a field without an option)");
        }
    }

    /** The operations that have the field of {@code option}: the steps' own (databricks:command) first. */
    private static List<String> users(String option, DatabricksRuntime runtime) {
        List<String> users = new ArrayList<>();
        runtime.steps().ownOperations().stream().filter(op -> FieldOptions.fieldName(op, option) != null)
                .forEach(op -> users.add("databricks:" + op.name()));
        runtime.catalogue().operations().stream().filter(op -> FieldOptions.fieldName(op, option) != null)
                .map(Operation::name).sorted().forEach(users::add);
        return users;
    }

    /**
     * DBFS, workspace and volume paths have no . or .. segments: one that does is a mistake (or an attempt to
     * leave a directory) that the server refuses on every call, or on every poll of a sensor. Path parameters
     * given as param.* are checked here too, rather than at each message.
     */
    private static void pathSegments(Operation op, Set<String> uriOptions, RequestDefaults requests) {
        Object path = requests.fieldOptions().get("path");
        climbing("path", path == null ? null : path.toString());
        for (String name : op.pathParams()) {
            Object value = requests.params().get(name);
            // fs/directories takes its directory as path; it arrives here as directory_path.
            String option = name.equals("directory_path") && !uriOptions.contains("param." + name) ? "path" : "param." + name;
            climbing(option, value == null ? null : value.toString());
        }
    }

    private static void climbing(String option, String path) {
        if (path == null) {
            return;
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new DatabricksConfigurationException(option, "'" + path + "' contains a '" + segment + "' segment",
                        "an absolute path without . or .. segments, e.g. /Volumes/main/default/landing or /FileStore/in");
            }
        }
    }

    static String fieldsOf(Operation op) {
        Set<String> fields = op.fields();
        if (fields.isEmpty()) {
            return "no fields: " + op.name() + " takes none";
        }
        String list = fields.stream().limit(25).collect(Collectors.joining(", "));
        return "fields of " + op.name() + ": " + list + (fields.size() > 25 ? ", ..." : "");
    }
}
