package dev.lakeroute.camel.databricks.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;

/**
 * What an endpoint's options put into each of its requests, read once when the endpoint is created: the
 * field options that are set (by option name), the {@code param.*} fields, the API version and form encoding.
 */
public record RequestDefaults(Map<String, Object> fieldOptions, Map<String, Object> params, String apiVersion,
                              boolean formEncoding) {

    public RequestDefaults {
        fieldOptions = Collections.unmodifiableMap(new LinkedHashMap<>(fieldOptions));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static RequestDefaults of(DatabricksConfiguration config) {
        return new RequestDefaults(FieldOptions.values(config), config.getParams() == null ? Map.of() : config.getParams(),
                config.getApiVersion(), config.isFormEncoding());
    }

    /** The {@code path} option sent as the field {@code field} instead (and winning over a {@code param.} of that name). */
    public RequestDefaults withPathAs(String field) {
        Object path = fieldOptions.get("path");
        if (path == null) {
            return this;
        }
        Map<String, Object> fields = new LinkedHashMap<>(fieldOptions);
        fields.remove("path");
        Map<String, Object> moved = new LinkedHashMap<>(params);
        moved.put(field, path);
        return new RequestDefaults(fields, moved, apiVersion, formEncoding);
    }
}
