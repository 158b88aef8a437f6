package dev.lakeroute.camel.databricks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConverter;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.request.FieldOptions;
import dev.lakeroute.camel.databricks.request.RequestDefaults;

/**
 * The request-field options one message brings in {@link DatabricksConstants#REQUEST_FIELDS} (what toD moved
 * off the URI), laid over the endpoint's own: typed as the option is on the URI, refused like it with the
 * option's name when the operation has no such field.
 */
final class MessageFields {

    private MessageFields() {
    }

    static RequestDefaults defaults(Exchange exchange, Operation op, RequestDefaults endpoint, TypeConverter types) {
        Map<?, ?> given = exchange.getMessage().getHeader(DatabricksConstants.REQUEST_FIELDS, Map.class);
        if (given == null || given.isEmpty()) {
            return endpoint;
        }
        Map<String, Object> fields = new LinkedHashMap<>(endpoint.fieldOptions());
        Map<String, Object> params = new LinkedHashMap<>(endpoint.params());
        Map<String, String> aliases = FieldOptions.aliases();
        given.forEach((key, value) -> {
            String written = String.valueOf(key);
            if (written.startsWith("param.")) {
                params.put(written.substring("param.".length()), value);
                return;
            }
            String option = aliases.getOrDefault(written, written);
            if (!FieldOptions.isOption(option)) {
                throw new DatabricksConfigurationException(written, "in header " + DatabricksConstants.REQUEST_FIELDS
                        + " is not a request-field option", String.join(", ", FieldOptions.names()) + ", or param.<field>");
            }
            if (FieldOptions.fieldName(op, option) == null) {
                throw new DatabricksConfigurationException(written, "in header " + DatabricksConstants.REQUEST_FIELDS
                        + " is not a field of " + op.name(), "the fields of " + op.name() + ", or param.<field>");
            }
            fields.put(option, typed(option, written, value, types));
        });
        return new RequestDefaults(fields, params, endpoint.apiVersion(), endpoint.formEncoding());
    }

    private static Object typed(String option, String written, Object value, TypeConverter types) {
        Class<?> type = FieldOptions.type(option);
        try {
            return types.mandatoryConvertTo(type, value);
        } catch (NoTypeConversionAvailableException | RuntimeException e) {
            throw new DatabricksConfigurationException(written, "is " + value + " in header " + DatabricksConstants.REQUEST_FIELDS,
                    "a value of type " + type.getSimpleName());
        }
    }
}
