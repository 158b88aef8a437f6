package dev.lakeroute.camel.databricks.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the starter's generated files from the component's metadata ({@code databricks.json}, which
 * camel-package-maven-plugin generates from the {@code @UriParam} fields): the
 * {@code @ConfigurationProperties} class with one field per component option, documented with the option's
 * description, the converter of bean references for object options, and the defaults and allowed values of
 * each option for the IDE metadata. The files are committed; {@link GeneratedSourcesInSyncTest} checks them
 * against the JSON of the camel-databricks on the classpath and rewrites them when asked to.
 */
final class StarterSourceGenerator {

    static final String COMPONENT_JSON = "/META-INF/dev/lakeroute/camel/databricks/databricks.json";
    static final String PREFIX = "camel.component.databricks";
    static final Path CONFIGURATION = Path.of("src/main/java/dev/lakeroute/camel/databricks/springboot/DatabricksComponentConfiguration.java");
    static final Path CONVERTER = Path.of("src/main/java/dev/lakeroute/camel/databricks/springboot/DatabricksComponentConverter.java");
    static final Path METADATA = Path.of("src/main/resources/META-INF/additional-spring-configuration-metadata.json");

    private static final int WIDTH = 100;
    private static final String HEADER = "Generated from the component's databricks.json by StarterSourceGenerator (test sources): do not edit;\n"
                                         + " * regenerate with {@code mvn -pl camel-databricks-starter test -Dtest=GeneratedSourcesInSyncTest -Dstarter.regenerate=true}.";

    /** One component option, as the JSON describes it. */
    record Option(String name, String type, String javaType, String description, JsonNode defaultValue, boolean secret,
                  List<String> choices) {

        String propertyName() {
            return PREFIX + "." + kebab(name);
        }

        boolean isObject() {
            return "object".equals(type);
        }
    }

    private final List<Option> options;

    private StarterSourceGenerator(List<Option> options) {
        this.options = options;
    }

    static StarterSourceGenerator fromClasspath() {
        try (InputStream in = StarterSourceGenerator.class.getResourceAsStream(COMPONENT_JSON)) {
            if (in == null) {
                throw new IllegalStateException(COMPONENT_JSON + " is not on the classpath: build camel-databricks first");
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StarterSourceGenerator of(JsonNode json) {
        List<Option> options = new ArrayList<>();
        json.path("componentProperties").properties().forEach(entry -> {
            JsonNode o = entry.getValue();
            List<String> choices = new ArrayList<>();
            o.path("enum").forEach(choice -> choices.add(choice.asText()));
            options.add(new Option(entry.getKey(), o.path("type").asText(), o.path("javaType").asText(),
                    o.path("description").asText(""), o.get("defaultValue"), o.path("secret").asBoolean(false), List.copyOf(choices)));
        });
        return new StarterSourceGenerator(List.copyOf(options));
    }

    List<Option> options() {
        return options;
    }

    /** Every generated file, by its path in the module. */
    Map<Path, String> render() {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(CONFIGURATION, configuration());
        files.put(CONVERTER, converter());
        files.put(METADATA, metadata());
        return files;
    }

    // ---- DatabricksComponentConfiguration ----------------------------------------------------------------------

    private String configuration() {
        TreeSet<String> imports = new TreeSet<>(List.of("java.util.LinkedHashMap", "java.util.Map",
                "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon",
                "org.springframework.boot.context.properties.ConfigurationProperties"));
        for (Option option : options) {
            String imported = importOf(option);
            if (imported != null) {
                imports.add(imported);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("package dev.lakeroute.camel.databricks.springboot;\n\n");
        appendImports(out, imports);
        out.append("/**\n");
        out.append(" * The databricks component's options as Spring Boot properties ({@code ").append(PREFIX).append(".*}), one\n");
        out.append(" * field per option of the component. Unset options are left to the component's own defaults; the\n");
        out.append(" * defaults shown by IDEs come from additional-spring-configuration-metadata.json.\n");
        out.append(" * <p>\n * ").append(HEADER).append("\n */\n");
        out.append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\")\n");
        out.append("public class DatabricksComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n");
        out.append("    /**\n     * Whether to enable auto configuration of the databricks component. This is enabled by default.\n     */\n");
        out.append("    private Boolean enabled;\n");
        for (Option option : options) {
            out.append(javadoc(fieldDoc(option), "    "));
            out.append("    private ").append(javaType(option)).append(' ').append(option.name()).append(";\n");
        }
        out.append('\n');
        out.append("    /**\n");
        out.append("     * The options that were set, by the component's option name (the configuration object first, so that\n");
        out.append("     * the single options set apply to it); durations as {@link Duration}, which the component's configurer takes.\n");
        out.append("     */\n");
        out.append("    public Map<String, Object> componentOptions() {\n");
        out.append("        Map<String, Object> options = new LinkedHashMap<>();\n");
        List<Option> ordered = new ArrayList<>();
        options.stream().filter(o -> o.name().equals("configuration")).forEach(ordered::add);
        options.stream().filter(o -> !o.name().equals("configuration")).forEach(ordered::add);
        for (Option option : ordered) {
            out.append("        if (").append(option.name()).append(" != null) {\n");
            out.append("            options.put(\"").append(option.name()).append("\", ").append(option.name()).append(");\n");
            out.append("        }\n");
        }
        out.append("        return options;\n    }\n");
        for (Option option : options) {
            String type = javaType(option);
            String cap = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            out.append('\n');
            out.append("    public ").append(type).append(" get").append(cap).append("() {\n");
            out.append("        return ").append(option.name()).append(";\n    }\n\n");
            out.append("    public void set").append(cap).append('(').append(type).append(' ').append(option.name()).append(") {\n");
            out.append("        this.").append(option.name()).append(" = ").append(option.name()).append(";\n    }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String fieldDoc(Option option) {
        StringBuilder doc = new StringBuilder(option.description().strip());
        if (!doc.isEmpty() && ".!?".indexOf(doc.charAt(doc.length() - 1)) < 0) {
            doc.append('.');
        }
        switch (option.type()) {
            case "duration" -> doc.append(" A duration: 30s, 5m, PT1H, or milliseconds.");
            case "object" -> doc.append(option.javaType().startsWith("java.util.Map")
                    ? " Map keys with characters other than letters, digits and dashes go in brackets: "
                      + option.name() + "[page_size]=10."
                    : " The option is a " + option.javaType() + " type: a bean reference, #bean:name or #name.");
            default -> { }
        }
        if (option.secret()) {
            doc.append(" A secret: it has no default; set it from the environment or a vault with a ${...}"
                       + " placeholder rather than in a file under version control. The component never logs it.");
        }
        return doc.toString();
    }

    static String javaType(Option option) {
        return switch (option.type()) {
            case "duration" -> "Duration";
            case "boolean" -> "Boolean";
            case "string", "enum" -> "String";
            case "integer" -> option.javaType().equals("int") || option.javaType().equals("java.lang.Integer") ? "Integer" : "Long";
            case "number" -> option.javaType().equals("float") || option.javaType().equals("java.lang.Float") ? "Float" : "Double";
            case "object" -> simpleName(option.javaType());
            default -> throw new IllegalStateException("option " + option.name() + " has type " + option.type()
                                                       + ", which the generator does not map to a Spring Boot property type yet");
        };
    }

    private static String importOf(Option option) {
        if ("duration".equals(option.type())) {
            return "java.time.Duration";
        }
        if (!option.isObject()) {
            return null;
        }
        String raw = rawType(option.javaType());
        return raw.startsWith("java.lang.") ? null : raw;
    }

    private static String rawType(String javaType) {
        int generic = javaType.indexOf('<');
        return generic < 0 ? javaType : javaType.substring(0, generic);
    }

    /** {@code java.util.Map<java.lang.String, java.lang.Object>} is {@code Map<String, Object>}. */
    private static String simpleName(String javaType) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (char c : (javaType + " ").toCharArray()) {
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                word.append(c);
            } else {
                out.append(word.substring(word.lastIndexOf(".") + 1));
                word.setLength(0);
                if (c != ' ' || out.length() > 0 && out.charAt(out.length() - 1) == ',') {
                    out.append(c);
                }
            }
        }
        return out.toString().strip();
    }

    // ---- DatabricksComponentConverter ---------------------------------------------------------------------------

    private String converter() {
        List<Option> beans = options.stream().filter(Option::isObject).filter(o -> !o.javaType().contains("<")).toList();
        TreeSet<String> imports = new TreeSet<>(List.of("java.util.LinkedHashSet", "java.util.Set",
                "org.springframework.context.ApplicationContext", "org.springframework.core.convert.TypeDescriptor",
                "org.springframework.core.convert.converter.GenericConverter"));
        StringBuilder out = new StringBuilder();
        out.append("package dev.lakeroute.camel.databricks.springboot;\n\n");
        appendImports(out, imports);
        out.append("/**\n");
        out.append(" * Reads the bean references of the object options ({@code ").append(PREFIX).append(".worker-pool=#bean:myPool}\n");
        out.append(" * or {@code #myPool}) from the application context, as Camel's own starters do.\n");
        out.append(" * <p>\n * ").append(HEADER).append("\n */\n");
        out.append("public class DatabricksComponentConverter implements GenericConverter {\n\n");
        out.append("    private final ApplicationContext applicationContext;\n\n");
        out.append("    public DatabricksComponentConverter(ApplicationContext applicationContext) {\n");
        out.append("        this.applicationContext = applicationContext;\n    }\n\n");
        out.append("    @Override\n    public Set<ConvertiblePair> getConvertibleTypes() {\n");
        out.append("        Set<ConvertiblePair> pairs = new LinkedHashSet<>();\n");
        for (Option option : beans) {
            out.append("        pairs.add(new ConvertiblePair(String.class, ").append(option.javaType()).append(".class));\n");
        }
        out.append("        return pairs;\n    }\n\n");
        out.append("    @Override\n");
        out.append("    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n");
        out.append("        if (source == null) {\n            return null;\n        }\n");
        out.append("        String ref = source.toString();\n");
        out.append("        if (!ref.startsWith(\"#\")) {\n");
        out.append("            throw new IllegalArgumentException(\"a \" + targetType.getName() + \" option of the databricks component takes a\"\n");
        out.append("                                               + \" bean reference, #bean:name or #name, not '\" + ref + \"'\");\n");
        out.append("        }\n");
        out.append("        String name = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n");
        out.append("        return applicationContext.getBean(name, targetType.getType());\n");
        out.append("    }\n}\n");
        return out.toString();
    }

    // ---- additional-spring-configuration-metadata.json ------------------------------------------------------------

    private String metadata() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        ArrayNode hints = root.putArray("hints");
        for (Option option : options) {
            if (option.defaultValue() != null && !option.secret()) {
                ObjectNode property = properties.addObject();
                property.put("name", option.propertyName());
                if ("duration".equals(option.type())) {
                    property.put("defaultValue", duration(option.defaultValue().asLong()));
                } else if (option.defaultValue().isTextual() && !"string".equals(option.type()) && !"enum".equals(option.type())) {
                    property.set("defaultValue", typed(option, option.defaultValue().asText()));
                } else {
                    property.set("defaultValue", option.defaultValue());
                }
            }
            if (!option.choices().isEmpty()) {
                ObjectNode hint = hints.addObject();
                hint.put("name", option.propertyName());
                ArrayNode values = hint.putArray("values");
                option.choices().forEach(choice -> values.addObject().put("value", choice));
            }
        }
        try {
            return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode typed(Option option, String text) {
        ObjectMapper mapper = new ObjectMapper();
        return switch (option.type()) {
            case "boolean" -> mapper.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
            case "integer" -> mapper.getNodeFactory().numberNode(Long.parseLong(text));
            case "number" -> mapper.getNodeFactory().numberNode(Double.parseDouble(text));
            default -> mapper.getNodeFactory().textNode(text);
        };
    }

    /** In Spring Boot's simple duration format, the largest whole unit: 1200000 is 20m. */
    static String duration(long millis) {
        if (millis == 0) {
            return "0s";
        }
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }

    // ---- text helpers -----------------------------------------------------------------------------------------

    static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Imports in the project's order: java, javax, com, org, then the rest (dev.lakeroute), a blank line between groups. */
    private static void appendImports(StringBuilder out, TreeSet<String> imports) {
        List<String> groups = List.of("java", "javax", "com", "org");
        List<String> sorted = new ArrayList<>(imports);
        sorted.sort(java.util.Comparator.comparingInt((String i) -> {
            int g = groups.indexOf(i.substring(0, i.indexOf('.')));
            return g < 0 ? groups.size() : g;
        }).thenComparing(java.util.Comparator.naturalOrder()));
        String group = null;
        for (String imported : sorted) {
            String first = imported.substring(0, imported.indexOf('.'));
            if (group != null && !group.equals(first)) {
                out.append('\n');
            }
            group = first;
            out.append("import ").append(imported).append(";\n");
        }
        out.append('\n');
    }

    /** A javadoc comment of {@code text}, wrapped at 100 columns; text that would end the comment is escaped. */
    private static String javadoc(String text, String indent) {
        String safe = text.replace("*/", "*&#47;");
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        String start = indent + " * ";
        for (String word : safe.split("\\s+")) {
            if (line.length() > 0 && start.length() + line.length() + 1 + word.length() > WIDTH) {
                out.append(start).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(start).append(line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }
}
