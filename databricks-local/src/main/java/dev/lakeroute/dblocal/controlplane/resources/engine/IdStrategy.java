package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.Ids;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How a new resource gets its id: generated in the shape Databricks uses for that family, or derived
 * from the document (Unity Catalog addresses objects by {@code catalog.schema.name}).
 */
@FunctionalInterface
public interface IdStrategy {
    String next(ObjectNode document);

    /** Whether the id is derived from fields a rename may change. */
    default boolean derived() {
        return false;
    }

    static IdStrategy generated(Supplier<String> generator) {
        return document -> generator.get();
    }

    /** A positive 15-digit number (jobs, git credentials, MLflow experiments). */
    static IdStrategy numeric() {
        return generated(() -> Long.toString(Ids.numeric()));
    }

    static IdStrategy hex32() {
        return generated(Ids::hex32);
    }

    /** 16 upper-case hex digits, like cluster policy and global init script ids. */
    static IdStrategy hex16() {
        return generated(() -> Ids.hex32().substring(0, 16).toUpperCase(Locale.ROOT));
    }

    static IdStrategy uuid() {
        return generated(Ids::uuid);
    }

    /** The id is the value of a name field, so names are unique by construction. */
    static IdStrategy fromField(String field) {
        return composite(List.of(field));
    }

    /** Parent and own name joined with dots, e.g. {@code catalog_name.schema_name.name}. */
    static IdStrategy composite(List<String> fields) {
        List<String> copy = List.copyOf(fields);
        return new IdStrategy() {
            @Override
            public String next(ObjectNode document) {
                StringBuilder id = new StringBuilder();
                for (String field : copy) {
                    JsonNode value = document.get(field);
                    if (value == null || value.isNull() || value.asText().isEmpty()) {
                        throw ApiException.missingField(field);
                    }
                    if (id.length() > 0) {
                        id.append('.');
                    }
                    id.append(value.asText());
                }
                return id.toString();
            }

            @Override
            public boolean derived() {
                return true;
            }
        };
    }
}
