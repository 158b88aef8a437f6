package dev.lakeroute.camel.databricks.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the endpoint DSL of the component from its metadata: {@code DatabricksEndpointBuilderFactory} (one
 * typed setter per endpoint option of {@code databricks.json}, with its description, type, default and group)
 * and {@code DatabricksOperations} (one constant per operation name the URI accepts, with its HTTP method and
 * path from the catalogue). Run by {@link EndpointDslInSyncTest}, which fails when the committed files differ,
 * so a new option or operation cannot ship without its builder method.
 * <p>
 * The shape follows Camel's generated endpoint DSL (camel-endpointdsl's {@code *EndpointBuilderFactory}):
 * consumer, producer and combined builders, each with an advanced part, so the builders plug into
 * {@code from(...)} and {@code to(...)} of an {@code EndpointRouteBuilder}.
 */
final class EndpointDslGenerator {

    static final String PACKAGE = "dev.lakeroute.camel.databricks.dsl";
    static final Path METADATA = Path.of("src/generated/resources/META-INF/dev/lakeroute/camel/databricks/databricks.json");
    static final Path CATALOGUE = Path.of("src/main/resources/dev/lakeroute/camel/databricks/catalogue/operations.tsv");
    static final Path ALIASES = Path.of("src/main/resources/dev/lakeroute/camel/databricks/catalogue/aliases.tsv");
    static final Path OUTPUT = Path.of("src/generated/java/dev/lakeroute/camel/databricks/dsl");
    static final String FACTORY = "DatabricksEndpointBuilderFactory";
    static final String OPERATIONS = "DatabricksOperations";

    /** Steps of the component that are no catalogue call, with what they do. */
    private static final Map<String, String> NOT_IN_CATALOGUE = Map.of(
            "raw", "Any REST path: {@code httpMethod} and {@code path} say which (for what the catalogue lacks).",
            "command", "Runs the body as code on a cluster through the Command Execution API 1.2 (context, execute, wait, result).",
            "fs/directories", "Lists a Unity Catalog volume directory ({@code fs/directories/list} of {@code path}).");

    private EndpointDslGenerator() {
    }

    /** A generated source: its file name and text. */
    record Source(String fileName, String text) {
    }

    /** Both sources from the files of this module (run from its directory, as Maven does). */
    static List<Source> generate(Path module) throws IOException {
        JsonNode metadata = new ObjectMapper().readTree(module.resolve(METADATA).toFile());
        List<Option> options = new ArrayList<>();
        metadata.path("properties").properties().forEach(e -> {
            if (!"path".equals(e.getValue().path("kind").asText())) {
                options.add(Option.of(e.getKey(), e.getValue()));
            }
        });
        List<String> operations = new ArrayList<>();
        metadata.path("properties").path("operation").path("enum").forEach(n -> operations.add(n.asText()));
        return List.of(new Source(FACTORY + ".java", factory(metadata.path("component"), options)),
                new Source(OPERATIONS + ".java", operations(operations, catalogue(module.resolve(CATALOGUE)),
                        aliases(module.resolve(ALIASES)))));
    }

    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        for (Source source : generate(module)) {
            Path file = module.resolve(OUTPUT).resolve(source.fileName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.text(), StandardCharsets.UTF_8);
        }
    }

    // ---- the builder factory ----

    /** One endpoint option as the metadata describes it. */
    record Option(String name, String javaType, String description, String defaultValue, String group, List<String> labels,
                  boolean secret, boolean multiValue, String prefix, List<String> enumValues) {

        static Option of(String name, JsonNode json) {
            List<String> enums = new ArrayList<>();
            json.path("enum").forEach(n -> enums.add(n.asText()));
            String labels = json.path("label").asText("");
            return new Option(name, json.path("javaType").asText(), json.path("description").asText(""),
                    json.has("defaultValue") ? json.get("defaultValue").asText() : null, json.path("group").asText(""),
                    labels.isBlank() ? List.of() : Arrays.asList(labels.split(",")), json.path("secret").asBoolean(),
                    json.path("multiValue").asBoolean(), json.path("prefix").asText(null), enums);
        }

        boolean consumer() {
            return labels.contains("consumer");
        }

        boolean producer() {
            return labels.contains("producer");
        }

        boolean common() {
            return !consumer() && !producer();
        }

        boolean advanced() {
            return labels.contains("advanced");
        }

        /** The setter's parameter type: boxed types as primitives, so {@code jobId(42)} compiles. */
        String parameterType() {
            return switch (javaType) {
                case "java.lang.Long" -> "long";
                case "java.lang.Integer" -> "int";
                case "java.lang.Boolean" -> "boolean";
                case "java.lang.Double" -> "double";
                default -> javaType;
            };
        }

        boolean string() {
            return "java.lang.String".equals(javaType);
        }
    }

    private static String factory(JsonNode component, List<Option> options) {
        String title = component.path("title").asText();
        Out out = new Out();
        header(out);
        out.line("import java.util.Map;");
        out.line("");
        out.line("import org.apache.camel.builder.EndpointConsumerBuilder;");
        out.line("import org.apache.camel.builder.EndpointProducerBuilder;");
        out.line("import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;");
        out.line("");
        out.javadoc("", List.of(
                "Endpoint DSL for the " + title + " component (" + component.path("syntax").asText() + "): "
                + escape(component.path("description").asText()),
                "",
                "Use it in an {@code EndpointRouteBuilder} that implements {@link DatabricksBuilders}, or through "
                + "{@link #databricks(String)}: {@code to(databricks(DatabricksOperations.JOBS_RUN_NOW).jobId(42).waitForCompletion(true))}. "
                + "Secret options (" + String.join(", ", options.stream().filter(Option::secret).map(Option::name).toList())
                + ") are sent as {@code RAW(...)}, so no character of the value is decoded and Camel masks them in logs.",
                "",
                "Generated from databricks.json by EndpointDslGenerator (src/test) - do not edit; EndpointDslInSyncTest regenerates it."));
        out.line("public interface " + FACTORY + " {");
        out.line("");
        String scheme = component.path("scheme").asText();

        builder(out, "DatabricksEndpointConsumerBuilder", "EndpointConsumerBuilder", "Builder for endpoint consumers",
                title, "AdvancedDatabricksEndpointConsumerBuilder", "advanced",
                options, o -> (o.consumer() || o.common()) && !o.advanced());
        builder(out, "AdvancedDatabricksEndpointConsumerBuilder", "EndpointConsumerBuilder",
                "Advanced builder for endpoint consumers", title, "DatabricksEndpointConsumerBuilder", "basic",
                options, o -> (o.consumer() || o.common()) && o.advanced());
        builder(out, "DatabricksEndpointProducerBuilder", "EndpointProducerBuilder", "Builder for endpoint producers",
                title, "AdvancedDatabricksEndpointProducerBuilder", "advanced",
                options, o -> (o.producer() || o.common()) && !o.advanced());
        builder(out, "AdvancedDatabricksEndpointProducerBuilder", "EndpointProducerBuilder",
                "Advanced builder for endpoint producers", title, "DatabricksEndpointProducerBuilder", "basic",
                options, o -> (o.producer() || o.common()) && o.advanced());
        builder(out, "DatabricksEndpointBuilder", "DatabricksEndpointConsumerBuilder, DatabricksEndpointProducerBuilder",
                "Builder for endpoints (consumer and producer)", title, "AdvancedDatabricksEndpointBuilder", "advanced",
                options, o -> o.common() && !o.advanced());
        builder(out, "AdvancedDatabricksEndpointBuilder",
                "AdvancedDatabricksEndpointConsumerBuilder, AdvancedDatabricksEndpointProducerBuilder",
                "Advanced builder for endpoints (consumer and producer)", title, "DatabricksEndpointBuilder", "basic",
                options, o -> o.common() && o.advanced());

        out.line("    /** Implement this in a RouteBuilder to write {@code databricks(...)} in its routes. */");
        out.line("    interface DatabricksBuilders {");
        out.line("");
        entryJavadoc(out, "        ", component, false);
        out.line("        default DatabricksEndpointBuilder databricks(String operation) {");
        out.line("            return " + FACTORY + ".endpointBuilder(\"" + scheme + "\", operation);");
        out.line("        }");
        out.line("");
        entryJavadoc(out, "        ", component, true);
        out.line("        default DatabricksEndpointBuilder databricks(String componentName, String operation) {");
        out.line("            return " + FACTORY + ".endpointBuilder(componentName, operation);");
        out.line("        }");
        out.line("    }");
        out.line("");
        entryJavadoc(out, "    ", component, false);
        out.line("    static DatabricksEndpointBuilder databricks(String operation) {");
        out.line("        return endpointBuilder(\"" + scheme + "\", operation);");
        out.line("    }");
        out.line("");
        entryJavadoc(out, "    ", component, true);
        out.line("    static DatabricksEndpointBuilder endpointBuilder(String componentName, String operation) {");
        out.line("        class DatabricksEndpointBuilderImpl extends AbstractEndpointBuilder");
        out.line("                implements DatabricksEndpointBuilder, AdvancedDatabricksEndpointBuilder {");
        out.line("            DatabricksEndpointBuilderImpl(String path) {");
        out.line("                super(componentName, path);");
        out.line("            }");
        out.line("        }");
        out.line("        return new DatabricksEndpointBuilderImpl(operation);");
        out.line("    }");
        out.line("");
        out.line("    /**");
        out.line("     * {@code RAW(value)}, or {@code RAW{value}} when the value holds a parenthesis, so Camel takes the");
        out.line("     * value as it is; a value already in RAW() or a property placeholder is left alone.");
        out.line("     */");
        out.line("    private static String raw(String value) {");
        out.line("        if (value == null || value.startsWith(\"RAW(\") || value.startsWith(\"RAW{\")) {");
        out.line("            return value;");
        out.line("        }");
        out.line("        return value.indexOf(')') < 0 ? \"RAW(\" + value + \")\" : \"RAW{\" + value + \"}\";");
        out.line("    }");
        out.line("}");
        return out.text();
    }

    private static void entryJavadoc(Out out, String indent, JsonNode component, boolean withComponentName) {
        List<String> lines = new ArrayList<>();
        lines.add(component.path("title").asText() + " (" + component.path("artifactId").asText() + "): "
                  + escape(component.path("description").asText()));
        lines.add("");
        lines.add("Syntax: <code>" + component.path("syntax").asText() + "</code>; the operation is a catalogue name "
                  + "(see {@link DatabricksOperations}), e.g. {@code jobs/run-now}.");
        lines.add("");
        if (withComponentName) {
            lines.add("@param componentName the name the component is registered under, when not databricks");
        }
        lines.add("@param operation the operation, e.g. {@link DatabricksOperations#JOBS_RUN_NOW}");
        lines.add("@return the dsl builder");
        out.javadoc(indent, lines);
    }

    private static void builder(Out out, String name, String extendsTypes, String what, String title, String switchType,
                                String switchName, List<Option> options, Predicate<Option> included) {
        out.line("    /** " + what + " for the " + title + " component. */");
        out.line("    interface " + name + " extends " + extendsTypes + " {");
        out.line("");
        out.line("        default " + switchType + " " + switchName + "() {");
        out.line("            return (" + switchType + ") this;");
        out.line("        }");
        for (Option option : options) {
            if (included.test(option)) {
                setters(out, name, option);
            }
        }
        out.line("    }");
        out.line("");
    }

    private static void setters(Out out, String builder, Option o) {
        if (o.multiValue()) {
            out.line("");
            out.javadoc("        ", describe(o, List.of(
                    "Adds one entry: {@code " + o.name() + "(\"k\", v)} renders {@code " + o.prefix() + "k=v}.", "",
                    "@param key the key, without the " + o.prefix() + " prefix", "@param value the value",
                    "@return the dsl builder"), "adds"));
            out.line("        default " + builder + " " + o.name() + "(String key, Object value) {");
            out.line("            doSetMultiValueProperty(\"" + o.name() + "\", \"" + o.prefix() + "\" + key, value);");
            out.line("            return this;");
            out.line("        }");
            out.line("");
            out.javadoc("        ", describe(o, List.of(
                    "Adds every entry of {@code values}, each with the " + o.prefix() + " prefix.", "",
                    "@param values the entries, keys without the prefix", "@return the dsl builder"), "adds"));
            out.line("        default " + builder + " " + o.name() + "(Map<String, Object> values) {");
            out.line("            doSetMultiValueProperties(\"" + o.name() + "\", \"" + o.prefix() + "\", values);");
            out.line("            return this;");
            out.line("        }");
            return;
        }
        out.line("");
        String value = o.secret() ? "raw(" + o.name() + ")" : o.name();
        out.javadoc("        ", describe(o, List.of("@param " + o.name() + " the value to set", "@return the dsl builder"), "is"));
        out.line("        default " + builder + " " + o.name() + "(" + (o.string() ? "String" : o.parameterType()) + " "
                 + o.name() + ") {");
        out.line("            doSetProperty(\"" + o.name() + "\", " + value + ");");
        out.line("            return this;");
        out.line("        }");
        if (!o.string()) {
            out.line("");
            out.javadoc("        ", describe(o, List.of(
                    "@param " + o.name() + " the value to set, converted to " + o.parameterType()
                    + " (or a property placeholder, or a #bean reference)", "@return the dsl builder"), "converted"));
            out.line("        default " + builder + " " + o.name() + "(String " + o.name() + ") {");
            out.line("            doSetProperty(\"" + o.name() + "\", " + o.name() + ");");
            out.line("            return this;");
            out.line("        }");
        }
    }

    private static List<String> describe(Option o, List<String> tags, String how) {
        List<String> lines = new ArrayList<>();
        lines.add(escape(o.description()));
        lines.add("");
        lines.add("The option " + switch (how) {
            case "converted" -> "will be converted to a <code>" + escape(o.javaType()) + "</code> type.";
            case "adds" -> "is a <code>" + escape(o.javaType()) + "</code> type, rendered as " + o.prefix() + "* parameters.";
            default -> "is a <code>" + escape(o.javaType()) + "</code> type.";
        });
        if (!o.enumValues().isEmpty()) {
            lines.add("Allowed: " + String.join(", ", o.enumValues()));
        }
        if (o.defaultValue() != null && !o.defaultValue().isEmpty()) {
            lines.add("Default: " + escape(o.defaultValue()));
        }
        lines.add("Group: " + o.group());
        if (o.secret()) {
            lines.add("Secret: sent as RAW(value), so the value is taken as it is and masked in logs.");
        }
        lines.add("");
        lines.addAll(tags);
        return lines;
    }

    // ---- the operation names ----

    /** name -> HTTP method and path. */
    static Map<String, String> catalogue(Path tsv) throws IOException {
        Map<String, String> operations = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            operations.put(columns[0], columns[1] + " " + columns[2]);
        }
        return operations;
    }

    /** old name -> new name (empty when removed). */
    static Map<String, String> aliases(Path tsv) throws IOException {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("old_name") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            aliases.put(columns[0], columns[1]);
        }
        return aliases;
    }

    private static String operations(List<String> names, Map<String, String> catalogue, Map<String, String> aliases) {
        Map<String, String> constants = new TreeMap<>();
        for (String name : names) {
            String constant = constantName(name);
            String clash = constants.put(constant, name);
            if (clash != null) {
                throw new IllegalStateException("operations " + clash + " and " + name + " both make the constant " + constant
                                                + ": EndpointDslGenerator.constantName must tell them apart");
            }
        }
        Out out = new Out();
        header(out);
        out.javadoc("", List.of(
                "Every operation name a databricks: URI accepts (" + names.size() + "), as constants: "
                + "{@code to(\"databricks:\" + JOBS_RUN_NOW + \"?jobId=42\")} or "
                + "{@code databricks(JOBS_RUN_NOW).jobId(42)}. Each says the HTTP call it makes.",
                "",
                "Generated from the catalogue by EndpointDslGenerator (src/test) - do not edit; EndpointDslInSyncTest regenerates it."));
        out.line("public final class " + OPERATIONS + " {");
        for (String name : names) {
            out.line("");
            String call = catalogue.get(name);
            if (call != null) {
                out.line("    /** {@code " + call + "} */");
            } else if (aliases.containsKey(name)) {
                String now = aliases.get(name);
                out.line("    /** " + (now.isEmpty() ? "Removed from the API; kept so a URI using it fails with an explanation."
                        : "Old name of {@link #" + constantName(now) + "}.") + " */");
                out.line("    @Deprecated");
            } else {
                out.line("    /** " + NOT_IN_CATALOGUE.getOrDefault(name, "A step of the component (see the README).") + " */");
            }
            out.line("    public static final String " + constantName(name) + " = \"" + name + "\";");
        }
        out.line("");
        out.line("    private " + OPERATIONS + "() {");
        out.line("    }");
        out.line("}");
        return out.text();
    }

    /** jobs/run-now -> JOBS_RUN_NOW, scim/v2/ServicePrincipals/get -> SCIM_V2_SERVICE_PRINCIPALS_GET. */
    static String constantName(String operation) {
        StringBuilder constant = new StringBuilder();
        char previous = '_';
        for (char c : operation.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    constant.append('_');
                }
                constant.append(Character.toUpperCase(c));
            } else if (constant.length() > 0 && constant.charAt(constant.length() - 1) != '_') {
                constant.append('_');
            }
            previous = c;
        }
        String name = constant.toString().replaceAll("_+$", "");
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    // ---- text ----

    private static void header(Out out) {
        out.line("package " + PACKAGE + ";");
        out.line("");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
    }

    /** Lines of Java, with javadoc wrapped at 110 columns. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line).append('\n');
        }

        void javadoc(String indent, List<String> paragraphs) {
            line(indent + "/**");
            for (String paragraph : paragraphs) {
                if (paragraph.isEmpty()) {
                    line(indent + " *");
                    continue;
                }
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    if (current.length() > 0 && indent.length() + 3 + current.length() + 1 + word.length() > 110) {
                        line(indent + " * " + current);
                        current.setLength(0);
                    }
                    current.append(current.length() == 0 ? "" : " ").append(word);
                }
                line(indent + " * " + current);
            }
            line(indent + " */");
        }

        String text() {
            return text.toString();
        }
    }
}
