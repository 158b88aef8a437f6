package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ~/.databrickscfg}: INI sections ({@code [DEFAULT]}, named profiles) of {@code key = value}
 * pairs, as the Databricks CLI and SDKs write it.
 */
public final class DatabricksConfigFile {

    public static final String DEFAULT_PROFILE = "DEFAULT";

    private final Path path;
    private final Map<String, Map<String, String>> sections;

    private DatabricksConfigFile(Path path, Map<String, Map<String, String>> sections) {
        this.path = path;
        this.sections = sections;
    }

    public static DatabricksConfigFile read(Path path) {
        try {
            return parse(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Databricks config file " + path, e);
        }
    }

    static DatabricksConfigFile parse(Path path, String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && current != null) {
                current.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
            }
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        sections.forEach((name, values) -> frozen.put(name, Map.copyOf(values)));
        // Insertion order kept, so messages list profiles as the file does.
        return new DatabricksConfigFile(path, java.util.Collections.unmodifiableMap(frozen));
    }

    public Path path() {
        return path;
    }

    public java.util.Set<String> profiles() {
        return sections.keySet();
    }

    /** Every key of the profile (lower case), for the settings the credential chain reads beyond credentials. */
    public Optional<Map<String, String>> values(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    public Optional<AuthAttributes> profile(String name) {
        Map<String, String> values = sections.get(name);
        if (values == null) {
            return Optional.empty();
        }
        return Optional.of(new AuthAttributes("profile " + name + " in " + path,
                values.get("host"), values.get("account_id"), values.get("token"), values.get("username"),
                values.get("password"), values.get("client_id"), values.get("client_secret"),
                values.get("azure_tenant_id"), values.get("azure_client_id"), values.get("azure_client_secret")));
    }
}
