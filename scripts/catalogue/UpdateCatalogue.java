import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keeps camel-databricks' operation catalogue in step with the Databricks SDK for Java. One file, run
 * with the JDK's source launcher from the project root (a fresh machine has a JDK and Maven, nothing else):
 *
 * <pre>
 * java scripts/catalogue/UpdateCatalogue.java --sdk-version 0.149.0 [-- mvn arguments]
 * java scripts/catalogue/UpdateCatalogue.java --sources-jar databricks-sdk-java-0.149.0-sources.jar
 * java scripts/catalogue/UpdateCatalogue.java --table endpoints.tsv --sdk-version 0.149.0
 * java scripts/catalogue/UpdateCatalogue.java
 * </pre>
 *
 * The first fetches {@code com.databricks:databricks-sdk-java:<version>:sources} with {@code mvn
 * dependency:copy}; the second reads a sources jar already on disk; the third adopts a table extracted
 * elsewhere. Each rewrites {@code scripts/catalogue/endpoints.tsv}, records in {@code aliases.tsv} the
 * operation names the new table renamed or dropped, then generates. Without arguments it only generates:
 * the resource {@code operations.tsv}, the resource {@code aliases.tsv} and {@code OperationNames.java}.
 * {@code --extract-to FILE} writes only the extracted table; {@code --project DIR} works on another copy
 * of the project (the tests use both).
 *
 * <p>One file because JDK 17's source launcher runs exactly one; its nested classes have one job each, in
 * the order the data flows: fetch, extract, name, table, aliases, generate.
 */
public final class UpdateCatalogue {

    private UpdateCatalogue() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(Options.parse(args));
        } catch (CatalogueException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    static void run(Options options) throws IOException, InterruptedException {
        if (options.extractTo() != null) {
            EndpointsTable table = SdkExtractor.extract(options.sourcesJar());
            table.write(options.extractTo());
            System.out.println("wrote " + table.rows().size() + " operations to " + options.extractTo());
            return;
        }
        Project project = new Project(options.project());
        if (options.updates()) {
            EndpointsTable next = options.table() != null
                    ? EndpointsTable.read(options.table())
                    : SdkExtractor.extract(options.sourcesJar());
            EndpointsTable previous = EndpointsTable.read(project.endpoints());
            Aliases aliases = Aliases.read(project.aliases()).after(previous, next, options.versionLabel());
            aliases.check(next, project.aliases()); // before anything is written: a failed update leaves both files
            next.write(project.endpoints());
            aliases.write(project.aliases());
            System.out.println("wrote " + next.rows().size() + " operations to " + project.endpoints() + " ("
                               + aliases.entries().size() + " aliases in " + project.aliases() + ")");
        }
        CatalogueGenerator.generate(project, EndpointsTable.read(project.endpoints()), Aliases.read(project.aliases()));
    }

    /** A problem with the input: printed as one line naming the file and what was expected. */
    static final class CatalogueException extends RuntimeException {
        CatalogueException(String message) {
            super(message);
        }
    }

    record Options(Path project, String sdkVersion, Path sourcesJarPath, Path table, Path extractTo,
            List<String> mavenArgs) {

        static final String USAGE = "usage: java scripts/catalogue/UpdateCatalogue.java"
                                    + " [--sdk-version X | --sources-jar FILE | --table FILE --sdk-version X]"
                                    + " [--extract-to FILE] [--project DIR] [-- mvn arguments]";

        static Options parse(String[] args) {
            Path project = Path.of(".");
            String version = null;
            Path jar = null;
            Path table = null;
            Path extractTo = null;
            List<String> maven = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--")) {
                    maven.addAll(List.of(args).subList(i + 1, args.length));
                    break;
                }
                if (i + 1 >= args.length) {
                    throw new CatalogueException(arg + " needs a value; " + USAGE);
                }
                String value = args[++i];
                switch (arg) {
                    case "--project" -> project = Path.of(value);
                    case "--sdk-version" -> version = value;
                    case "--sources-jar" -> jar = Path.of(value);
                    case "--table" -> table = Path.of(value);
                    case "--extract-to" -> extractTo = Path.of(value);
                    default -> throw new CatalogueException("unknown argument " + arg + "; " + USAGE);
                }
            }
            if (table != null && (jar != null || version == null || extractTo != null)) {
                throw new CatalogueException("--table takes --sdk-version (the SDK it was read from) and nothing to"
                                             + " extract from; " + USAGE);
            }
            if (extractTo != null && jar == null && version == null) {
                throw new CatalogueException("--extract-to needs --sdk-version or --sources-jar; " + USAGE);
            }
            return new Options(project, version, jar, table, extractTo, List.copyOf(maven));
        }

        boolean updates() {
            return sdkVersion != null || sourcesJarPath != null || table != null;
        }

        /** The SDK version the new table comes from, as aliases.tsv records it. */
        String versionLabel() {
            if (sdkVersion != null) {
                return sdkVersion;
            }
            Matcher m = Pattern.compile("databricks-sdk-java-(.+)-sources\\.jar").matcher(
                    sourcesJarPath.getFileName().toString());
            return m.matches() ? m.group(1) : sourcesJarPath.getFileName().toString();
        }

        Path sourcesJar() throws IOException, InterruptedException {
            return sourcesJarPath != null ? sourcesJarPath : SourcesJarFetcher.fetch(sdkVersion, mavenArgs);
        }
    }

    /** Where the catalogue's sources and generated files live, relative to the project root. */
    record Project(Path root) {
        private static final Path CATALOGUE = Path.of("dev", "lakeroute", "camel", "databricks", "catalogue");

        Project {
            if (!Files.isDirectory(root.resolve("scripts").resolve("catalogue"))) {
                throw new CatalogueException(root.toAbsolutePath().normalize() + " has no scripts/catalogue: run from"
                                             + " the project root or pass --project DIR");
            }
        }

        Path endpoints() {
            return root.resolve("scripts/catalogue/endpoints.tsv");
        }

        Path aliases() {
            return root.resolve("scripts/catalogue/aliases.tsv");
        }

        Path operationsResource() {
            return root.resolve("camel-databricks/src/main/resources").resolve(CATALOGUE).resolve("operations.tsv");
        }

        Path aliasesResource() {
            return root.resolve("camel-databricks/src/main/resources").resolve(CATALOGUE).resolve("aliases.tsv");
        }

        Path operationNames() {
            return root.resolve("camel-databricks/src/main/java").resolve(CATALOGUE).resolve("OperationNames.java");
        }
    }

    /** Fetches the SDK's published sources from Maven Central through the user's own Maven. */
    static final class SourcesJarFetcher {
        static Path fetch(String version, List<String> mavenArgs) throws IOException, InterruptedException {
            Path dir = Files.createTempDirectory("databricks-sdk-sources");
            dir.toFile().deleteOnExit();
            String mvn = System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn";
            List<String> command = new ArrayList<>(List.of(mvn, "-B", "-q", "dependency:copy",
                    "-Dartifact=com.databricks:databricks-sdk-java:" + version + ":jar:sources",
                    "-DoutputDirectory=" + dir.toAbsolutePath()));
            command.addAll(mavenArgs);
            System.out.println("fetching databricks-sdk-java " + version + " sources: " + String.join(" ", command));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            Path jar = dir.resolve("databricks-sdk-java-" + version + "-sources.jar");
            jar.toFile().deleteOnExit(); // registered after its directory, so deleted before it
            if (exit != 0 || !Files.isRegularFile(jar)) {
                throw new CatalogueException("mvn could not fetch com.databricks:databricks-sdk-java:" + version
                                             + ":sources (exit " + exit + "); is " + version + " published on Maven"
                                             + " Central, or pass the jar with --sources-jar FILE");
            }
            return jar;
        }
    }

    /**
     * Reads the SDK's generated service implementations ({@code service/<pkg>/*Impl.java}): each method
     * that builds its path from a literal is one REST call, and its request class says which fields go
     * in the query string ({@code @QueryParam}) and which in the JSON body ({@code @JsonProperty}).
     */
    static final class SdkExtractor {
        private static final String GENERATED = "// Code generated from OpenAPI specs by Databricks SDK Generator.";
        private static final Pattern IMPL = Pattern.compile("com/databricks/sdk/service/(\\w+)/(\\w+)Impl\\.java");
        // The request parameter is a generated class or absent; a free-form Map (workspace-conf's
        // setStatus) has no fields to describe, and databricks:raw reaches it.
        private static final Pattern METHOD = Pattern.compile(
                "public\\s+[\\w.<>, ?\\[\\]]+?\\s+(\\w+)\\s*\\(\\s*(?:(\\w+)\\s+\\w+)?\\s*\\)\\s*\\{");
        private static final Pattern PATH = Pattern.compile("String path\\s*=\\s*(.*?);", Pattern.DOTALL);
        private static final Pattern REQUEST = Pattern.compile("new Request\\(\\s*\"(\\w+)\"\\s*,\\s*path\\s*(,)?");
        private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        private static final Pattern GETTER = Pattern.compile("request\\.get(\\w+)\\(\\)");

        static EndpointsTable extract(Path sourcesJar) throws IOException {
            if (!Files.isRegularFile(sourcesJar)) {
                throw new CatalogueException(sourcesJar + " is not a file; expected databricks-sdk-java-<version>-sources.jar");
            }
            try (ZipFile zip = new ZipFile(sourcesJar.toFile())) {
                Map<String, String> sources = new TreeMap<>();
                for (ZipEntry entry : zip.stream().toList()) {
                    if (entry.getName().startsWith("com/databricks/sdk/service/") && entry.getName().endsWith(".java")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            sources.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                List<Call> calls = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Map.Entry<String, String> file : sources.entrySet()) {
                    Matcher impl = IMPL.matcher(file.getKey());
                    if (impl.matches() && file.getValue().startsWith(GENERATED)) {
                        for (Call call : calls(impl.group(1), impl.group(2), file.getValue(), sources)) {
                            // Two SDK APIs wrapping one REST call (GroupsAPI and GroupsV2API, one path serving
                            // several resource types): the first, in jar order, describes it.
                            if (seen.add(call.http() + " " + call.path())) {
                                calls.add(call);
                            }
                        }
                    }
                }
                if (calls.isEmpty()) {
                    throw new CatalogueException(sourcesJar + " holds no generated com/databricks/sdk/service/*Impl.java;"
                                                 + " expected the sources jar of databricks-sdk-java");
                }
                return EndpointsTable.of(OperationNaming.name(calls));
            }
        }

        private static List<Call> calls(String service, String name, String source, Map<String, String> sources) {
            record Header(String method, String requestType, int start) {
            }
            List<Header> headers = new ArrayList<>();
            Matcher method = METHOD.matcher(source);
            while (method.find()) {
                headers.add(new Header(method.group(1), method.group(2), method.end()));
            }
            List<Call> calls = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                Header header = headers.get(i);
                String body = source.substring(header.start(),
                        i + 1 < headers.size() ? headers.get(i + 1).start() : source.length());
                Matcher path = PATH.matcher(body);
                Matcher request = REQUEST.matcher(body);
                if (!path.find() || !request.find()) {
                    continue;
                }
                String template = pathTemplate(path.group(1).trim());
                if (template == null) {
                    continue;
                }
                RequestFields fields = header.requestType() == null ? RequestFields.NONE
                        : RequestFields.of(header.requestType(), service, source, sources);
                calls.add(new Call(service, name + "API", header.method(), request.group(1), template,
                        fields.query(), request.group(2) != null ? fields.body() : List.of()));
            }
            return calls;
        }

        /** {@code "/api/2.0/x"} or {@code String.format("/api/2.0/x/%s", request.getName())}; null otherwise. */
        static String pathTemplate(String expression) {
            if (expression.startsWith("\"")) {
                Matcher literal = LITERAL.matcher(expression);
                return literal.find() ? literal.group(1) : null;
            }
            if (!expression.startsWith("String.format(")) {
                return null;
            }
            Matcher literal = LITERAL.matcher(expression);
            if (!literal.find()) {
                return null;
            }
            String format = literal.group(1);
            List<String> names = new ArrayList<>();
            for (String argument : splitArguments(expression.substring(literal.end()))) {
                Matcher getter = GETTER.matcher(argument);
                if (argument.contains("configuredAccountID()")) {
                    names.add("account_id");
                } else if (getter.find()) {
                    names.add(snake(getter.group(1)));
                } else {
                    return null;
                }
            }
            String[] pieces = format.split("%s", -1);
            if (pieces.length - 1 != names.size()) {
                return null;
            }
            StringBuilder path = new StringBuilder(pieces[0]);
            for (int i = 0; i < names.size(); i++) {
                path.append('{').append(names.get(i)).append('}').append(pieces[i + 1]);
            }
            return path.toString();
        }

        /** The top-level, comma-separated arguments after the format string, up to the closing parenthesis. */
        private static List<String> splitArguments(String rest) {
            List<String> arguments = new ArrayList<>();
            int depth = 0;
            StringBuilder current = new StringBuilder();
            for (char c : rest.toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    if (!current.toString().isBlank()) {
                        arguments.add(current.toString().trim());
                    }
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            if (!current.toString().isBlank()) {
                arguments.add(current.toString().trim());
            }
            return arguments;
        }

        /** ServicePrincipalId to service_principal_id, the name the REST API uses for the placeholder. */
        static String snake(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The query and body fields of one request class, in declaration order. */
    record RequestFields(List<String> query, List<String> body) {
        static final RequestFields NONE = new RequestFields(List.of(), List.of());
        private static final Pattern FIELD = Pattern.compile(
                "((?:@\\w+(?:\\(\"[^\"]*\"\\))?\\s+)+)private\\s+[\\w.<>, ?\\[\\]]+?\\s+(\\w+)\\s*;");
        private static final Pattern QUERY = Pattern.compile("@QueryParam\\(\"([^\"]+)\"\\)");
        private static final Pattern JSON = Pattern.compile("@JsonProperty\\(\"([^\"]+)\"\\)");

        static RequestFields of(String type, String service, String implSource, Map<String, String> sources) {
            String source = sources.get("com/databricks/sdk/service/" + service + "/" + type + ".java");
            if (source == null) {
                Matcher imported = Pattern.compile("import (com\\.databricks\\.sdk\\.service\\.[\\w.]+)\\." + type + ";")
                        .matcher(implSource);
                source = imported.find() ? sources.get(imported.group(1).replace('.', '/') + "/" + type + ".java") : null;
            }
            if (source == null) {
                throw new CatalogueException("request class " + type + " of service " + service
                                             + " is not in the sources jar");
            }
            List<String> query = new ArrayList<>();
            List<String> body = new ArrayList<>();
            Matcher field = FIELD.matcher(source);
            while (field.find()) {
                Matcher q = QUERY.matcher(field.group(1));
                Matcher j = JSON.matcher(field.group(1));
                if (q.find()) {
                    query.add(q.group(1));
                }
                if (j.find()) {
                    body.add(j.group(1));
                }
            }
            return new RequestFields(List.copyOf(query), List.copyOf(body));
        }
    }

    /** One REST call as the SDK makes it, before it has a catalogue name. */
    record Call(String service, String api, String method, String http, String path, List<String> query,
            List<String> body) {
    }

    /**
     * Names calls the way URIs use them. {@code op} is the path below {@code /api/<version>/} without its
     * placeholders ({@code :verb} becomes {@code /verb}); where several calls share an {@code op}, each gets
     * a verb suffix: the method's first word ({@code get}, {@code list}; {@code head} for HEAD), its whole
     * kebab-case name where first words collide, and {@code .<api>} where even those collide. A path with
     * no literal segment takes its API's name.
     */
    static final class OperationNaming {
        private static final Pattern VERSION = Pattern.compile("/api/(\\d+\\.\\d+)/(.*)");

        static List<Row> name(List<Call> calls) {
            Map<String, List<Call>> byOp = new LinkedHashMap<>();
            for (Call call : calls) {
                String op = op(call.path());
                // A path of placeholders only (/api/2.1/{name}) is named after its API: knowledge-assistants.
                byOp.computeIfAbsent(op.isEmpty() ? kebab(call.api().replaceFirst("API$", "")) : op,
                        k -> new ArrayList<>()).add(call);
            }
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, List<Call>> group : byOp.entrySet()) {
                List<Call> members = group.getValue();
                Map<Call, String> suffixes = new LinkedHashMap<>();
                for (Call call : members) {
                    suffixes.put(call, call.http().equals("HEAD") ? "head" : firstWord(call.method()));
                }
                widen(suffixes, call -> kebab(call.method()));
                widen(suffixes, call -> kebab(call.method()) + "." + kebab(call.api().replaceFirst("API$", "")));
                for (Call call : members) {
                    String unique = members.size() == 1 ? group.getKey() : group.getKey() + "/" + suffixes.get(call);
                    rows.add(Row.of(call, group.getKey(), unique));
                }
            }
            rows.sort(Comparator.comparing((Row row) -> row.scope().equals("account")).thenComparing(Row::opUnique));
            return rows;
        }

        /** Gives every call whose suffix another call of the group shares the longer suffix. */
        private static void widen(Map<Call, String> suffixes, java.util.function.Function<Call, String> longer) {
            Map<String, Long> counts = suffixes.values().stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            suffixes.replaceAll((call, suffix) -> counts.get(suffix) > 1 ? longer.apply(call) : suffix);
        }

        static String op(String path) {
            Matcher versioned = VERSION.matcher(path);
            String rest = versioned.matches() ? versioned.group(2) : path.substring(1);
            List<String> segments = new ArrayList<>();
            for (String segment : rest.replace(':', '/').split("/")) {
                String literal = segment.replaceAll("\\{[^}]*}", "");
                if (!literal.isEmpty()) {
                    segments.add(literal);
                }
            }
            return String.join("/", segments);
        }

        static String version(String path) {
            Matcher versioned = VERSION.matcher(path);
            return versioned.matches() ? versioned.group(1) : "";
        }

        private static String firstWord(String method) {
            return method.replaceAll("[A-Z].*", "");
        }

        private static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row of endpoints.tsv. */
    record Row(String service, String api, String method, String http, String path, String version, String scope,
            String op, String opUnique, String pathParams, String query, String body) {

        static final List<String> COLUMNS = List.of("service", "api", "method", "http", "path", "version", "scope",
                "op", "op_unique", "path_params", "query", "body");

        static Row of(Call call, String op, String opUnique) {
            List<String> params = placeholders(call.path());
            return new Row(call.service(), call.api(), call.method(), call.http(), call.path(),
                    OperationNaming.version(call.path()),
                    call.path().contains("{account_id}") ? "account" : "workspace", op, opUnique,
                    String.join(",", params), String.join(",", call.query()), String.join(",", call.body()));
        }

        /** Placeholders in path order, without {account_id}: the accountId option fills that one. */
        static List<String> placeholders(String path) {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
            while (m.find()) {
                if (!m.group(1).equals("account_id")) {
                    names.add(m.group(1));
                }
            }
            return names;
        }

        String cell(String column) {
            return switch (column) {
                case "service" -> service;
                case "api" -> api;
                case "method" -> method;
                case "http" -> http;
                case "path" -> path;
                case "version" -> version;
                case "scope" -> scope;
                case "op" -> op;
                case "op_unique" -> opUnique;
                case "path_params" -> pathParams;
                case "query" -> query;
                case "body" -> body;
                default -> throw new IllegalArgumentException(column);
            };
        }
    }

    /** endpoints.tsv: read with the checks the runtime loader relies on, written in its one format. */
    record EndpointsTable(List<Row> rows, String text) {
        private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

        static EndpointsTable of(List<Row> rows) {
            StringBuilder text = new StringBuilder(String.join("\t", Row.COLUMNS)).append('\n');
            for (Row row : rows) {
                text.append(Row.COLUMNS.stream().map(row::cell).collect(Collectors.joining("\t"))).append('\n');
            }
            return check(rows, text.toString(), "extracted table");
        }

        static EndpointsTable read(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new CatalogueException(file + " is missing; expected the endpoints table (" + Row.COLUMNS + ")");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(Row.COLUMNS)) {
                throw new CatalogueException(file + ": unexpected header " + (lines.isEmpty() ? "(empty file)"
                        : List.of(lines.get(0).split("\t", -1))) + ", expected " + Row.COLUMNS);
            }
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] c = lines.get(i).split("\t", -1);
                if (c.length != Row.COLUMNS.size()) {
                    throw new CatalogueException(file + ":" + (i + 1) + ": " + c.length + " cells, expected "
                                                 + Row.COLUMNS.size());
                }
                rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]));
            }
            return check(rows, text, file.toString());
        }

        /** Every row has an HTTP method Camel can send, a unique name and placeholders matching path_params. */
        private static EndpointsTable check(List<Row> rows, String text, String source) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                String where = source + ":" + (i + 2) + ": ";
                if (!HTTP_METHODS.contains(row.http())) {
                    throw new CatalogueException(where + "HTTP method '" + row.http() + "' is not one of "
                                                 + new TreeSet<>(HTTP_METHODS));
                }
                if (!row.scope().equals("workspace") && !row.scope().equals("account")) {
                    throw new CatalogueException(where + "scope '" + row.scope() + "' is neither workspace nor account");
                }
                Integer earlier = seen.put(row.opUnique(), i + 2);
                if (earlier != null) {
                    throw new CatalogueException(where + "op_unique '" + row.opUnique() + "' already used on line " + earlier);
                }
                List<String> declared = row.pathParams().isEmpty() ? List.of() : List.of(row.pathParams().split(","));
                if (!Row.placeholders(row.path()).equals(declared)) {
                    throw new CatalogueException(where + "path " + row.path() + " has placeholders "
                                                 + Row.placeholders(row.path()) + ", path_params says " + declared);
                }
            }
            return new EndpointsTable(List.copyOf(rows), text);
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        Map<String, Row> byName() {
            Map<String, Row> byName = new LinkedHashMap<>();
            rows.forEach(row -> byName.put(row.opUnique(), row));
            return byName;
        }
    }

    /**
     * Names earlier catalogues used that the current one no longer has: a rename (same HTTP method and path,
     * new name) keeps working under the old name; a removal is recorded so the old name fails saying so.
     */
    record Aliases(List<Alias> entries) {
        static final List<String> COLUMNS = List.of("old_name", "new_name", "sdk_version", "http", "path");
        private static final String HEADER = """
                # Operation names earlier catalogues used. A row with new_name is a rename (the same HTTP call now
                # has another name; the old name stays accepted); a row without is a call the SDK dropped.
                # Maintained by scripts/catalogue/UpdateCatalogue.java when it replaces endpoints.tsv; editable by hand.
                """;

        record Alias(String oldName, String newName, String sdkVersion, String http, String path) {
            boolean removed() {
                return newName.isEmpty();
            }
        }

        static Aliases read(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return new Aliases(List.of());
            }
            List<Alias> entries = new ArrayList<>();
            boolean header = false;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (!header) {
                    if (!List.of(c).equals(COLUMNS)) {
                        throw new CatalogueException(file + ":" + (i + 1) + ": unexpected header " + List.of(c)
                                                     + ", expected " + COLUMNS);
                    }
                    header = true;
                    continue;
                }
                if (c.length != COLUMNS.size()) {
                    throw new CatalogueException(file + ":" + (i + 1) + ": " + c.length + " cells, expected " + COLUMNS);
                }
                entries.add(new Alias(c[0], c[1], c[2], c[3], c[4]));
            }
            return new Aliases(List.copyOf(entries));
        }

        /** These aliases carried over to the next table, plus the names it renamed or dropped. */
        Aliases after(EndpointsTable previous, EndpointsTable next, String version) {
            Map<String, Row> current = next.byName();
            Map<String, Row> byCall = new HashMap<>();
            next.rows().forEach(row -> byCall.put(row.http() + " " + row.path(), row));
            Map<String, Alias> result = new LinkedHashMap<>();
            List<Alias> candidates = new ArrayList<>(entries);
            for (Row row : previous.rows()) {
                candidates.add(new Alias(row.opUnique(), row.opUnique(), version, row.http(), row.path()));
            }
            for (Alias alias : candidates) {
                if (current.containsKey(alias.oldName()) || result.containsKey(alias.oldName())) {
                    continue; // the name is (again) an operation, or already carried over
                }
                Row now = byCall.get(alias.http() + " " + alias.path());
                boolean unchanged = now != null && now.opUnique().equals(alias.newName())
                                    || now == null && alias.removed();
                String since = unchanged ? alias.sdkVersion() : version;
                result.put(alias.oldName(), new Alias(alias.oldName(), now == null ? "" : now.opUnique(), since,
                        alias.http(), alias.path()));
            }
            return new Aliases(List.copyOf(result.values()));
        }

        void write(Path file) throws IOException {
            StringBuilder text = new StringBuilder(HEADER).append(String.join("\t", COLUMNS)).append('\n');
            entries.stream().sorted(Comparator.comparing(Alias::oldName)).forEach(a -> text.append(String.join("\t",
                    a.oldName(), a.newName(), a.sdkVersion(), a.http(), a.path())).append('\n'));
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        /** Renamed names point at an operation of the table; no alias hides a current operation. */
        void check(EndpointsTable table, Path file) {
            Map<String, Row> names = table.byName();
            Set<String> seen = new HashSet<>();
            for (Alias alias : entries) {
                if (!seen.add(alias.oldName())) {
                    throw new CatalogueException(file + ": " + alias.oldName() + " is listed twice");
                }
                if (names.containsKey(alias.oldName())) {
                    throw new CatalogueException(file + ": " + alias.oldName() + " is an operation of endpoints.tsv"
                                                 + " again; remove its alias row");
                }
                if (!alias.removed() && !names.containsKey(alias.newName())) {
                    throw new CatalogueException(file + ": " + alias.oldName() + " points at " + alias.newName()
                                                 + ", which endpoints.tsv does not list");
                }
            }
        }
    }

    /** Turns endpoints.tsv and aliases.tsv into what camel-databricks reads at runtime and at build time. */
    static final class CatalogueGenerator {
        static final List<String> OUTPUT_COLUMNS = List.of("op_unique", "http", "path", "version", "scope", "op",
                "path_params", "query", "body", "service", "api", "method");
        // Names a URI may use that are not catalogue rows: databricks:raw, databricks:command, databricks:workflow,
        // sql/copy-into, the fs/directories consumer alias and the SQL sensors (OperationNamesTest pins them to the Java constants).
        static final List<String> EXTRA_NAMES = List.of("raw", "command", "workflow", "fs/directories", "sql/copy-into",
                "sql/sensor", "sql/partition-sensor", "sql/table-version-sensor");
        // Java string constants hold at most 65,535 bytes.
        static final int MAX_CONSTANT_BYTES = 65535;
        static final String GENERATED_BY = "Generated by scripts/catalogue/UpdateCatalogue.java from"
                                           + " scripts/catalogue/endpoints.tsv - do not edit.";

        static void generate(Project project, EndpointsTable table, Aliases aliases) throws IOException {
            aliases.check(table, project.aliases());
            String digest = sha256(table.text());
            List<String> out = new ArrayList<>(List.of("# " + GENERATED_BY, "# source-sha256: " + digest,
                    "# rows: " + table.rows().size(), String.join("\t", OUTPUT_COLUMNS)));
            for (Row row : table.rows()) {
                out.add(OUTPUT_COLUMNS.stream().map(row::cell).collect(Collectors.joining("\t")));
            }
            write(project.operationsResource(), String.join("\n", out) + "\n");
            System.out.println("wrote " + table.rows().size() + " operations to " + project.operationsResource());

            StringBuilder aliasText = new StringBuilder("# Generated by scripts/catalogue/UpdateCatalogue.java from"
                                                        + " scripts/catalogue/aliases.tsv - do not edit.\n")
                    .append(String.join("\t", Aliases.COLUMNS)).append('\n');
            aliases.entries().stream().sorted(Comparator.comparing(Aliases.Alias::oldName)).forEach(a -> aliasText
                    .append(String.join("\t", a.oldName(), a.newName(), a.sdkVersion(), a.http(), a.path())).append('\n'));
            write(project.aliasesResource(), aliasText.toString());
            System.out.println("wrote " + aliases.entries().size() + " aliases to " + project.aliasesResource());

            List<String> names = new ArrayList<>(table.byName().keySet());
            names.addAll(EXTRA_NAMES);
            List<Aliases.Alias> renames = aliases.entries().stream().filter(a -> !a.removed())
                    .sorted(Comparator.comparing(Aliases.Alias::oldName)).toList();
            renames.forEach(a -> names.add(a.oldName()));
            names.sort(Comparator.naturalOrder());
            write(project.operationNames(), operationNames(names, renames, digest));
            System.out.println("wrote " + names.size() + " operation names to " + project.operationNames());
        }

        private static String operationNames(List<String> names, List<Aliases.Alias> renames, String digest) {
            String joined = String.join(",", names);
            if (joined.getBytes(StandardCharsets.UTF_8).length > MAX_CONSTANT_BYTES) {
                throw new CatalogueException(names.size() + " operation names need " + joined.length()
                                             + " bytes, more than a Java constant holds");
            }
            String aliasNote = renames.isEmpty() ? "none" : renames.stream()
                    .map(a -> a.oldName() + " (now " + a.newName() + ")").collect(Collectors.joining(", "));
            return "package dev.lakeroute.camel.databricks.catalogue;\n\n"
                   + "// " + GENERATED_BY + "\n"
                   + "// source-sha256: " + digest + "\n\n"
                   + "/** Every operation name a URI may use, for the enums of the endpoint's operation path (" + names.size()
                   + " names). */\n"
                   + "public final class OperationNames {\n\n"
                   + "    /**\n"
                   + "     * Comma-separated and sorted: the catalogue's operations, raw, command, workflow, sql/copy-into, fs/directories,\n"
                   + "     * the SQL sensors and the old names of renamed operations.\n"
                   + "     */\n"
                   + "    public static final String ENUMS = " + wrap(names) + ";\n\n"
                   + "    /** Old names a catalogue update renamed, each still accepted for its new operation. */\n"
                   + "    public static final String ALIASES = " + wrap(List.of(aliasNote)) + ";\n\n"
                   + "    private OperationNames() {\n"
                   + "    }\n"
                   + "}\n";
        }

        /** A Java string expression, the names joined by commas, in lines of at most about 90 characters. */
        private static String wrap(List<String> names) {
            List<String> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            int length = 0;
            for (String name : names) {
                if (!line.isEmpty() && length + name.length() > 90) {
                    lines.add(String.join(",", line) + ",");
                    line = new ArrayList<>();
                    length = 0;
                }
                line.add(name);
                length += name.length() + 1;
            }
            if (!line.isEmpty()) {
                lines.add(String.join(",", line));
            }
            return lines.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining("\n            + "));
        }

        private static void write(Path file, String text) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    }
}
