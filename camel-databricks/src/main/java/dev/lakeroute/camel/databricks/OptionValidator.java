package dev.lakeroute.camel.databricks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.command.CommandStep;
import dev.lakeroute.camel.databricks.command.ContextPolicy;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.request.ApiVersions;
import dev.lakeroute.camel.databricks.request.FieldOptions;
import dev.lakeroute.camel.databricks.response.OutputType;
import dev.lakeroute.camel.databricks.support.OptionValues;

/**
 * Checks an endpoint's options against each other and against its operation, when the endpoint is
 * created, so that a mistake fails the route at startup with a message naming the option and what
 * it accepts, rather than the first message at runtime.
 */
final class OptionValidator {

    static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final Set<String> LANGUAGES = Set.of("scala", "python", "sql", "r");
    private static final int MAX_RETRIES_LIMIT = 100;
    /** Durations for which 0 makes no sense; every other duration option may be 0 (none, or no limit). */
    static final Set<String> POSITIVE_DURATIONS = Set.of("connectTimeout", "requestTimeout", "pollInterval", "maxPollInterval");

    private OptionValidator() {
    }

    /** @param uriOptions options given on the endpoint's URI: only they are refused for operations that do not use them */
    static void validate(DatabricksConfiguration c, Operation op, Set<String> uriOptions) {
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
        if (c.getLanguage() != null && !LANGUAGES.contains(c.getLanguage())) {
            throw new DatabricksConfigurationException("language", "is '" + c.getLanguage() + "'", "scala, python, sql or r");
        }
        if (c.getAccountsHost() != null) {
            HostUrl.parse("accountsHost", c.getAccountsHost(), c.isAllowInsecureHttp());
        }
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
            raw(c);
        } else {
            catalogued(c, op);
            pathSegments(c, op, uriOptions);
        }
        composite(c, op, uriOptions);
    }

    private static final Map<String, String> WAIT_STATES = Map.of(
            "clusters/create", "RUNNING", "clusters/start", "RUNNING", "clusters/restart", "RUNNING",
            "clusters/resize", "RUNNING", "clusters/edit", "RUNNING", "clusters/delete", "TERMINATED",
            "libraries/install", "INSTALLED");

    /** The options of the composite steps: values, and whether the operation uses them. */
    private static void composite(DatabricksConfiguration c, Operation op, Set<String> uriOptions) {
        positive("pollInterval", c.getPollInterval());
        positive("maxPollInterval", c.getMaxPollInterval());
        if (c.getMaxPollInterval() < c.getPollInterval()) {
            throw new DatabricksConfigurationException("maxPollInterval", "(" + c.getMaxPollInterval()
                    + " ms) is smaller than pollInterval (" + c.getPollInterval() + " ms)", "a duration >= pollInterval");
        }
        notNegative("commandTimeout", c.getCommandTimeout());
        notNegative("runTimeout", c.getRunTimeout());
        notNegative("waitTimeout", c.getWaitTimeout());
        if (c.getLang() != null && !LANGUAGES.contains(c.getLang())) {
            throw new DatabricksConfigurationException("lang", "is '" + c.getLang() + "'", "scala, python, sql or r");
        }
        if (c.getLang() != null && c.getLanguage() != null && !c.getLang().equals(c.getLanguage())) {
            throw new DatabricksConfigurationException("lang", "is '" + c.getLang() + "' but language is '" + c.getLanguage()
                    + "'", "one of lang or language (they are the same option)");
        }
        boolean command = CommandStep.NAME.equals(op.name());
        if (command) {
            if (c.getClusterId() == null || c.getClusterId().isBlank()) {
                throw new DatabricksConfigurationException("clusterId", "is required by databricks:command",
                        "the id of the cluster to run the command on");
            }
            if (c.getLang() == null && c.getLanguage() == null) {
                throw new DatabricksConfigurationException("lang", "is required by databricks:command", "scala, python, sql or r");
            }
            if (ContextPolicy.parse(c.getContextPolicy()) == null) {
                throw new DatabricksConfigurationException("contextPolicy", "is '" + c.getContextPolicy() + "'",
                        ContextPolicy.allowed());
            }
        } else {
            onlyFor(uriOptions, "lang", c.getLang() != null, "databricks:command (use language for contexts/create and commands/execute)");
            onlyFor(uriOptions, "contextPolicy", !"shared".equals(c.getContextPolicy()), "databricks:command");
            onlyFor(uriOptions, "commandTimeout", c.getCommandTimeout() > 0, "databricks:command");
            onlyFor(uriOptions, "autoStart", c.isAutoStart(), "databricks:command");
        }
        boolean run = op.name().equals("jobs/runs/submit") || op.name().equals("jobs/run-now");
        onlyFor(uriOptions, "waitForCompletion", !c.isWaitForCompletion() && !run, "jobs/runs/submit and jobs/run-now");
        onlyFor(uriOptions, "fetchOutput", c.isFetchOutput() && !run, "jobs/runs/submit and jobs/run-now");
        onlyFor(uriOptions, "runTimeout", c.getRunTimeout() > 0 && !run, "jobs/runs/submit and jobs/run-now");
        if (c.getWaitForState() != null && !uriOptions.contains("waitForState")
            && !c.getWaitForState().equals(WAIT_STATES.get(op.name()))) {
            // A component-wide default that does not fit this operation (RUNNING on clusters/delete): not waited for.
            c.setWaitForState(null);
        }
        if (c.getWaitForState() != null) {
            String allowed = WAIT_STATES.get(op.name());
            if (allowed == null) {
                throw new DatabricksConfigurationException("waitForState", "is not used by " + op.name(),
                        "clusters/create, start, restart, resize, edit (RUNNING), clusters/delete (TERMINATED),"
                        + " libraries/install (INSTALLED)");
            }
            if (!allowed.equals(c.getWaitForState())) {
                throw new DatabricksConfigurationException("waitForState", "'" + c.getWaitForState() + "' is not a state "
                        + op.name() + " can wait for", allowed);
            }
        }
        onlyFor(uriOptions, "sparkVersion", c.getSparkVersion() != null && !op.knows("spark_version"),
                "clusters/create and clusters/edit (latest-lts, latest or a spark_version key)");
        onlyFor(uriOptions, "localPath", c.getLocalPath() != null && !op.name().equals("dbfs/read") && !op.name().equals("fs/files/download"),
                "dbfs/read and fs/files/download");
        String wait = c.getStatementWaitTimeout();
        if (wait == null || !wait.matches("0s|([5-9]|[1-4][0-9]|50)s")) {
            throw new DatabricksConfigurationException("statementWaitTimeout", "is '" + wait + "'", "0s, or 5s to 50s");
        }
    }

    /**
     * Refuses an option the operation does not use when the endpoint's URI sets it; a component-wide default
     * (commandTimeout for every command endpoint, say) is simply ignored by the operations without a use for it.
     */
    private static void onlyFor(Set<String> uriOptions, String option, boolean set, String users) {
        if (set && uriOptions.contains(option)) {
            throw new DatabricksConfigurationException(option, "is not used by this operation", "only with " + users);
        }
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

    /*
     * Values written as text were checked when they were read (OptionValues, quoting the text); these checks
     * catch values set from Java.
     */
    private static void positive(String option, long millis) {
        if (millis <= 0) {
            throw new DatabricksConfigurationException(option, "is " + millis + " ms", OptionValues.durationAllowed(true));
        }
    }

    private static void notNegative(String option, long millis) {
        if (millis < 0) {
            throw new DatabricksConfigurationException(option, "is " + millis + " ms", OptionValues.durationAllowed(false));
        }
    }

    private static void raw(DatabricksConfiguration c) {
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
        for (String option : FieldOptions.values(c).keySet()) {
            if (!option.equals("path")) {
                throw new DatabricksConfigurationException(option, "is not used by databricks:raw",
                        "param." + FieldOptions.snakeCase(option) + "=<value> or the message body");
            }
        }
    }

    private static void catalogued(DatabricksConfiguration c, Operation op) {
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
        for (Map.Entry<String, Object> option : FieldOptions.values(c).entrySet()) {
            if (FieldOptions.fieldName(op, option.getKey()) == null) {
                throw new DatabricksConfigurationException(option.getKey(), "is not a field of " + op.name(),
                        fieldsOf(op) + " (use param.<field>=<value> for a field without an option)");
            }
        }
    }

    /**
     * DBFS, workspace and volume paths have no . or .. segments: one that does is a mistake (or an attempt to
     * leave a directory) that the server refuses on every call, or on every poll of a sensor. Path parameters
     * given as param.* are checked here too, rather than at each message.
     */
    private static void pathSegments(DatabricksConfiguration c, Operation op, Set<String> uriOptions) {
        climbing("path", c.getPath());
        for (String name : op.pathParams()) {
            Object value = c.getParams().get(name);
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
