package dev.lakeroute.camel.databricks.request;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.lakeroute.camel.databricks.catalogue.Operation;

/** Which API versions an operation may be called with; the catalogue's is always one. */
public final class ApiVersions {

    private ApiVersions() {
    }

    public static Set<String> allowed(Operation operation) {
        Set<String> allowed = new LinkedHashSet<>();
        if (operation.version().isEmpty()) {
            return allowed;
        }
        allowed.add(operation.version());
        if (operation.name().startsWith("clusters/")) {
            allowed.addAll(List.of("2.0", "2.1"));
        } else if (operation.name().startsWith("jobs/")) {
            allowed.addAll(List.of("2.0", "2.1", "2.2"));
        }
        return allowed;
    }

    /** The template with its {@code /api/<version>/} replaced. */
    public static String apply(Operation operation, String version) {
        if (version == null || operation.version().isEmpty() || version.equals(operation.version())) {
            return operation.pathTemplate();
        }
        return operation.pathTemplate().replaceFirst("^/api/" + java.util.regex.Pattern.quote(operation.version()) + "/",
                "/api/" + version + "/");
    }
}
