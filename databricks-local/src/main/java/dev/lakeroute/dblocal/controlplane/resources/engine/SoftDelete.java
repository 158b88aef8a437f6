package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Families whose deleted resources stay readable: instance pools go to state DELETED, MLflow
 * experiments and runs to lifecycle_stage {@code deleted} (and can be restored). Lists hide them
 * unless the family's view parameter ({@code view_type=ALL|DELETED_ONLY}) asks for them.
 *
 * @param viewParam the list parameter choosing ACTIVE_ONLY (default), DELETED_ONLY or ALL; null when lists never show them
 */
public record SoftDelete(String field, String activeValue, String deletedValue, String viewParam) {

    boolean isDeleted(ObjectNode document) {
        return deletedValue.equals(document.path(field).asText());
    }
}
