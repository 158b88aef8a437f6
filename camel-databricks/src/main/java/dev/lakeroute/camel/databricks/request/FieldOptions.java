package dev.lakeroute.camel.databricks.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;

/**
 * The URI options that are request fields ({@code clusterId}, {@code jobId}, ...). Each maps onto the
 * name the operation uses: the camelCase name for API 1.2 ({@code clusterId}), the snake_case name
 * for 2.x ({@code cluster_id}); the catalogue says which one an operation knows.
 */
public final class FieldOptions {

    private static final List<Option> OPTIONS = List.of(
            new Option("clusterId", DatabricksConfiguration::getClusterId),
            new Option("contextId", DatabricksConfiguration::getContextId),
            new Option("commandId", DatabricksConfiguration::getCommandId),
            new Option("language", DatabricksConfiguration::getLanguage),
            new Option("jobId", DatabricksConfiguration::getJobId),
            new Option("runId", DatabricksConfiguration::getRunId),
            new Option("path", DatabricksConfiguration::getPath),
            new Option("warehouseId", DatabricksConfiguration::getWarehouseId),
            new Option("statementId", DatabricksConfiguration::getStatementId),
            new Option("name", DatabricksConfiguration::getName),
            new Option("fullName", DatabricksConfiguration::getFullName),
            new Option("catalogName", DatabricksConfiguration::getCatalogName),
            new Option("schemaName", DatabricksConfiguration::getSchemaName),
            new Option("instancePoolId", DatabricksConfiguration::getInstancePoolId),
            new Option("policyId", DatabricksConfiguration::getPolicyId),
            new Option("pipelineId", DatabricksConfiguration::getPipelineId),
            new Option("experimentId", DatabricksConfiguration::getExperimentId),
            new Option("scope", DatabricksConfiguration::getScope),
            new Option("key", DatabricksConfiguration::getKey),
            new Option("overwrite", DatabricksConfiguration::getOverwrite));

    private FieldOptions() {
    }

    /** The field options that are set, by option name, in declaration order. */
    public static Map<String, Object> values(DatabricksConfiguration config) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Option option : OPTIONS) {
            Object value = option.getter().apply(config);
            if (value != null && !(value instanceof String s && s.isEmpty())) {
                values.put(option.name(), value);
            }
        }
        return values;
    }

    public static List<String> names() {
        return OPTIONS.stream().map(Option::name).toList();
    }

    /** The operation's name for the option, or null when the operation has no such field. */
    public static String fieldName(Operation operation, String optionName) {
        if (operation.openFields()) {
            return snakeCase(optionName);
        }
        if (operation.knows(optionName)) {
            return optionName;
        }
        String snake = snakeCase(optionName);
        return operation.knows(snake) ? snake : null;
    }

    public static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private record Option(String name, Function<DatabricksConfiguration, Object> getter) {
    }
}
