package dev.lakeroute.camel.databricks.auth;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The process environment as the credential chain sees it. A seam rather than {@code System.getenv}
 * so tests (and embedders) can supply {@code DATABRICKS_*} variables without touching the JVM.
 */
@FunctionalInterface
public interface DatabricksEnvironment {

    /** The variable's value, or null when unset. */
    String variable(String name);

    static DatabricksEnvironment system() {
        return System::getenv;
    }

    static DatabricksEnvironment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return copy::get;
    }

    /** The variable when set and not blank. */
    default Optional<String> lookup(String name) {
        String value = variable(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Where {@code ~/.databrickscfg} and {@code ~/.netrc} live: {@code HOME}, else {@code user.home}. */
    default Path home() {
        return lookup("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home")));
    }
}
