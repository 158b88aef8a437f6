package dev.lakeroute.camel.databricks.request;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;

/**
 * The URI options that are request fields ({@code clusterId}, {@code jobId}, ...): the options of
 * {@link DatabricksConfiguration} marked {@link RequestField}. Each maps onto the name the operation uses:
 * the option's own name for API 1.2 ({@code clusterId}), its wire name for 2.x ({@code cluster_id}); the
 * catalogue says which one an operation knows.
 */
public final class FieldOptions {

    private static final List<Option> OPTIONS = read();
    // Asked per message (toD's fields, CamelDatabricksRequestFields): computed once, not per call.
    private static final List<String> NAMES = OPTIONS.stream().map(Option::name).toList();
    private static final Set<String> NAME_SET = Set.copyOf(NAMES);
    private static final Map<String, String> ALIASES = readAliases();

    private FieldOptions() {
    }

    private record Option(String name, String wireName, String alias, Field field) {
    }

    /** In declaration order, which is the order fields are put into a request. */
    private static List<Option> read() {
        List<Option> options = new ArrayList<>();
        for (Field field : DatabricksConfiguration.class.getDeclaredFields()) {
            RequestField marked = field.getAnnotation(RequestField.class);
            if (marked != null) {
                field.setAccessible(true);
                options.add(new Option(field.getName(), marked.value(), marked.alias(), field));
            }
        }
        return List.copyOf(options);
    }

    /** The field options that are set, by option name, in declaration order. */
    public static Map<String, Object> values(DatabricksConfiguration config) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Option option : OPTIONS) {
            Object value = read(option, config);
            if (value != null && !(value instanceof String s && s.isEmpty())) {
                values.put(option.name(), value);
            }
        }
        return values;
    }

    private static Object read(Option option, DatabricksConfiguration config) {
        try {
            return option.field().get(config);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read option " + option.name(), e);
        }
    }

    /** The Java type the option is read as ({@code Long} for jobId): what a value given per message is converted to. */
    public static Class<?> type(String optionName) {
        Class<?> type = OPTIONS.stream().filter(o -> o.name().equals(optionName)).map(o -> o.field().getType()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(optionName + " is not a field option"));
        return type.isPrimitive() ? org.apache.camel.util.ObjectHelper.convertPrimitiveTypeToWrapperType(type) : type;
    }

    public static List<String> names() {
        return NAMES;
    }

    /** Whether {@code name} is a request-field option (by its name, not an alias). */
    public static boolean isOption(String name) {
        return NAME_SET.contains(name);
    }

    /** Alias → the option it names ({@code lang} → {@code language}); unmodifiable. */
    public static Map<String, String> aliases() {
        return ALIASES;
    }

    private static Map<String, String> readAliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        OPTIONS.stream().filter(o -> !o.alias().isEmpty()).forEach(o -> aliases.put(o.alias(), o.name()));
        return java.util.Collections.unmodifiableMap(aliases);
    }

    /** How the URI wrote the option: its alias when only that was given, else its name. */
    public static String writtenAs(String optionName, Set<String> uriOptions) {
        return OPTIONS.stream().filter(o -> o.name().equals(optionName) && !o.alias().isEmpty()
                                            && uriOptions.contains(o.alias()) && !uriOptions.contains(o.name()))
                .map(Option::alias).findFirst().orElse(optionName);
    }

    /** True when the URI gave the option, under its name or its alias. */
    public static boolean onUri(String optionName, Set<String> uriOptions) {
        return uriOptions.contains(writtenAs(optionName, uriOptions));
    }

    /** The option's name in API 2.x requests ({@code cluster_id} for {@code clusterId}). */
    public static String wireName(String optionName) {
        return OPTIONS.stream().filter(o -> o.name().equals(optionName)).map(Option::wireName).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(optionName + " is not a field option"));
    }

    /** The operation's name for the option, or null when the operation has no such field. */
    public static String fieldName(Operation operation, String optionName) {
        String wire = wireName(optionName);
        if (operation.openFields()) {
            return wire;
        }
        if (operation.knows(optionName)) {
            return optionName;
        }
        return operation.knows(wire) ? wire : null;
    }
}
