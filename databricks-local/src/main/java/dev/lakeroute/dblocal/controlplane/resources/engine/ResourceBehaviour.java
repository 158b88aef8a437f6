package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiRequest;

import java.util.Comparator;

/**
 * The few places where a family's behaviour differs from the generic store. Every method has the
 * generic behaviour as its default, so a family overrides only what is really its own.
 */
public interface ResourceBehaviour {
    ResourceBehaviour GENERIC = new ResourceBehaviour() {
    };

    /**
     * Turns a create or update body into the stored shape (e.g. a pipeline keeps its settings under
     * {@code spec}). {@code existing} is null on create.
     */
    default ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
        return body;
    }

    /** Refuses a document about to be stored, with a Databricks-style error. {@code existing} is null on create. */
    default void validate(Operation operation, ObjectNode document, ObjectNode existing) {
    }

    /** Refuses a list request before anything is read (a missing {@code catalog_name}, an unknown parent). */
    default void checkList(ApiRequest request) {
    }

    /** Whether a list request's filters ({@code catalog_name=}, {@code filter=}) select the document. */
    default boolean listed(ObjectNode document, ApiRequest request) {
        return true;
    }

    /** The order of list answers; null keeps the store's id order. */
    default Comparator<ObjectNode> order(ApiRequest request) {
        return null;
    }

    /** What clients see of a stored document; {@code inList} for list entries, which some families abbreviate. */
    default ObjectNode view(ObjectNode document, boolean inList) {
        return document;
    }

    /** Runs after a document was stored by a create (start timed transitions, create dependants). */
    default void created(ObjectNode document) {
    }

    /** Runs after a document was removed (or soft-deleted). */
    default void deleted(ObjectNode document) {
    }

    /** Whether this child keeps its parent from being deleted without {@code force}. */
    default boolean blocksParentDelete(ObjectNode child) {
        return true;
    }

    /** The stored form of an id or name a client sent (Unity Catalog names are case-insensitive). */
    default String normalizeId(String id) {
        return id;
    }

    /** Runs once at server start: picks up transitions that were under way when the server stopped. */
    default void recover(ResourceStore store) {
    }
}
