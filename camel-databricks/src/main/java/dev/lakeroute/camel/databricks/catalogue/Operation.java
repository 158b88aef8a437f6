package dev.lakeroute.camel.databricks.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One Databricks REST operation as the catalogue describes it.
 *
 * @param name         the name a URI uses ({@code op_unique}), e.g. {@code clusters/get}
 * @param httpMethod   GET, POST, PUT, PATCH, DELETE or HEAD
 * @param pathTemplate path with {@code {placeholders}}, e.g. {@code /api/2.1/unity-catalog/catalogs/{name}}
 * @param version      API version in the path, empty for paths without one
 * @param pathParams   placeholders in path order, without the implicit {@code account_id}
 * @param queryFields  fields sent in the query string
 * @param bodyFields   top-level JSON body fields
 * @param openFields   true for {@code raw}: any field is accepted because nothing describes the call
 */
public record Operation(
        String name,
        String httpMethod,
        String pathTemplate,
        String version,
        Scope scope,
        List<String> pathParams,
        Set<String> queryFields,
        Set<String> bodyFields,
        boolean openFields) {

    public static final String ACCOUNT_ID_PLACEHOLDER = "account_id";

    public Operation {
        pathParams = List.copyOf(pathParams);
        queryFields = Set.copyOf(queryFields);
        bodyFields = Set.copyOf(bodyFields);
    }

    /** The escape hatch {@code databricks:raw}: method and path given by the user. */
    public static Operation raw(String httpMethod, String path) {
        return new Operation("raw", httpMethod.toUpperCase(Locale.ROOT), path, "", Scope.WORKSPACE,
                List.of(), Set.of(), Set.of(), true);
    }

    public boolean knows(String field) {
        return openFields || pathParams.contains(field) || queryFields.contains(field) || bodyFields.contains(field)
                || ACCOUNT_ID_PLACEHOLDER.equals(field) && isAccountScope();
    }

    /** Every field this operation accepts, in a stable order for messages. */
    public Set<String> fields() {
        Set<String> all = new LinkedHashSet<>(pathParams);
        queryFields.stream().sorted().forEach(all::add);
        bodyFields.stream().sorted().forEach(all::add);
        return all;
    }

    public boolean isAccountScope() {
        return scope == Scope.ACCOUNT;
    }

    public boolean isApi12() {
        return "1.2".equals(version);
    }

    /** GET, HEAD and DELETE carry their fields in the query string; the rest send a body. */
    public boolean sendsFieldsAsQuery() {
        return "GET".equals(httpMethod) || "HEAD".equals(httpMethod) || "DELETE".equals(httpMethod);
    }

    /**
     * The rate-limit family: the service segment of the path (clusters, jobs, unity-catalog, ...), so
     * one busy family cannot starve the others' budgets.
     */
    public String family() {
        String rest = name;
        for (String prefix : List.of("api/", "preview/")) {
            if (rest.startsWith(prefix)) {
                rest = rest.substring(prefix.length());
            }
        }
        String[] segments = rest.split("/");
        if (segments[0].equals("accounts") && segments.length > 1) {
            return "accounts/" + segments[1];
        }
        return segments[0];
    }
}
