package dev.lakeroute.dblocal.controlplane.resources.engine;

import io.vertx.core.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything that makes one resource family what it is, as data: where it is stored, how ids are made,
 * its endpoints, pagination, required and unique fields, parents, server-set fields, update semantics,
 * errors and answer shapes. {@link ResourceApi} serves any spec; {@link ResourceBehaviour} holds the
 * few differences that are code.
 *
 * @param family           unique name of the family, e.g. {@code instance-pools}
 * @param noun             how messages name one resource, e.g. {@code Instance pool}
 * @param collection       the persistent collection under the data dir
 * @param idField          the field holding the id in the resource
 * @param numericId        whether the id is a JSON number (git credentials) rather than a string
 * @param nameField        the resource's name field (for renames and default uniqueness), or null
 * @param renameField      the update field that renames ({@code new_name}), or null
 * @param writeOnlyFields  stored but never returned (git personal access tokens)
 * @param parents          resources this one lives in (checked on create, block parent deletion)
 * @param softDelete       deletion that keeps the resource readable, or null for real deletion
 */
public record ResourceSpec(String family, String noun, String collection, String idField, IdStrategy ids, boolean numericId,
                           String nameField, String renameField, List<Endpoint> endpoints, String listField,
                           Pagination pagination, List<String> required, List<String> requiredOnUpdate,
                           List<String> uniqueFields, List<ParentRef> parents, List<Stamp> stamps,
                           Set<String> writeOnlyFields, SoftDelete softDelete, NotFoundStyle notFoundStyle,
                           Function<String, String> notFoundMessage, BiFunction<String, String, String> duplicateMessage,
                           Function<String, String> missingFieldMessage, Reply createReply, Reply getReply,
                           Reply updateReply, Reply deleteReply, ErrorStyle errorStyle, ResourceBehaviour behaviour) {

    public ResourceSpec {
        endpoints = List.copyOf(endpoints);
        required = List.copyOf(required);
        requiredOnUpdate = List.copyOf(requiredOnUpdate);
        uniqueFields = List.copyOf(uniqueFields);
        parents = List.copyOf(parents);
        stamps = List.copyOf(stamps);
        writeOnlyFields = Set.copyOf(writeOnlyFields);
    }

    public static Builder builder(String family, String noun) {
        return new Builder(family, noun);
    }

    boolean isServerOwned(String field) {
        if (field.equals(idField)) {
            // A derived id (a name, or catalog.schema.name) is made of what the client sent.
            return !ids.derived();
        }
        for (Stamp stamp : stamps) {
            if (stamp.serverOwned() && stamp.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** Builds a spec with the defaults of a REST-style family: 404 for unknown ids, the resource as the answer. */
    public static final class Builder {
        private final String family;
        private final String noun;
        private String collection;
        private String idField = "id";
        private IdStrategy ids = IdStrategy.uuid();
        private boolean numericId;
        private String nameField;
        private String renameField;
        private List<String> versions = List.of("2.0");
        private final List<Endpoint> endpoints = new ArrayList<>();
        private String listField;
        private Pagination pagination = Pagination.none();
        private final List<String> required = new ArrayList<>();
        private final List<String> requiredOnUpdate = new ArrayList<>();
        private final List<String> uniqueFields = new ArrayList<>();
        private final List<ParentRef> parents = new ArrayList<>();
        private final List<Stamp> stamps = new ArrayList<>();
        private Set<String> writeOnlyFields = Set.of();
        private SoftDelete softDelete;
        private NotFoundStyle notFoundStyle = NotFoundStyle.REST_404;
        private Function<String, String> notFoundMessage;
        private BiFunction<String, String, String> duplicateMessage;
        private Function<String, String> missingFieldMessage = field -> "Missing required field: " + field;
        private Reply createReply = Reply.whole();
        private Reply getReply = Reply.whole();
        private Reply updateReply = Reply.empty();
        private Reply deleteReply = Reply.empty();
        private ErrorStyle errorStyle = ErrorStyle.DATABRICKS;
        private ResourceBehaviour behaviour = ResourceBehaviour.GENERIC;

        private Builder(String family, String noun) {
            this.family = family;
            this.noun = noun;
            this.collection = "resources." + family;
        }

        public Builder collection(String collection) {
            this.collection = collection;
            return this;
        }

        public Builder id(String field, IdStrategy strategy) {
            this.idField = field;
            this.ids = strategy;
            return this;
        }

        public Builder numericId() {
            this.numericId = true;
            return this;
        }

        public Builder name(String field) {
            this.nameField = field;
            return this;
        }

        public Builder renamedBy(String field) {
            this.renameField = field;
            return this;
        }

        /** API versions of the endpoints declared after this call. */
        public Builder versions(String... versions) {
            this.versions = List.of(versions);
            return this;
        }

        public Builder create(HttpMethod method, String path) {
            endpoints.add(new Endpoint(Operation.CREATE, method, versions, path, null, null));
            return this;
        }

        public Builder get(HttpMethod method, String path, IdSource id) {
            endpoints.add(new Endpoint(Operation.GET, method, versions, path, id, null));
            return this;
        }

        public Builder list(HttpMethod method, String path) {
            endpoints.add(new Endpoint(Operation.LIST, method, versions, path, null, null));
            return this;
        }

        public Builder update(HttpMethod method, String path, IdSource id, UpdateMode mode) {
            endpoints.add(new Endpoint(Operation.UPDATE, method, versions, path, id, mode));
            return this;
        }

        public Builder delete(HttpMethod method, String path, IdSource id) {
            endpoints.add(new Endpoint(Operation.DELETE, method, versions, path, id, null));
            return this;
        }

        public Builder listField(String field) {
            this.listField = field;
            return this;
        }

        public Builder pagination(Pagination pagination) {
            this.pagination = pagination;
            return this;
        }

        public Builder required(String... fields) {
            required.addAll(List.of(fields));
            return this;
        }

        public Builder requiredOnUpdate(String... fields) {
            requiredOnUpdate.addAll(List.of(fields));
            return this;
        }

        public Builder missingFieldMessage(Function<String, String> message) {
            this.missingFieldMessage = message;
            return this;
        }

        public Builder unique(String... fields) {
            uniqueFields.addAll(List.of(fields));
            return this;
        }

        public Builder parent(ParentRef parent) {
            parents.add(parent);
            return this;
        }

        public Builder stamp(Stamp... stamps) {
            this.stamps.addAll(List.of(stamps));
            return this;
        }

        public Builder writeOnly(String... fields) {
            this.writeOnlyFields = Set.of(fields);
            return this;
        }

        public Builder softDelete(SoftDelete softDelete) {
            this.softDelete = softDelete;
            return this;
        }

        public Builder notFound(NotFoundStyle style, Function<String, String> message) {
            this.notFoundStyle = style;
            this.notFoundMessage = message;
            return this;
        }

        /** The message for a second resource with the same unique value: (field, value) → message. */
        public Builder duplicateMessage(BiFunction<String, String, String> message) {
            this.duplicateMessage = message;
            return this;
        }

        public Builder replies(Reply create, Reply get, Reply update, Reply delete) {
            this.createReply = create;
            this.getReply = get;
            this.updateReply = update;
            this.deleteReply = delete;
            return this;
        }

        public Builder errorStyle(ErrorStyle style) {
            this.errorStyle = style;
            return this;
        }

        public Builder behaviour(ResourceBehaviour behaviour) {
            this.behaviour = behaviour;
            return this;
        }

        public ResourceSpec build() {
            Function<String, String> missing = notFoundMessage != null ? notFoundMessage
                    : id -> noun + " " + id + " does not exist.";
            BiFunction<String, String, String> duplicate = duplicateMessage != null ? duplicateMessage
                    : (field, value) -> noun + " with " + field + " '" + value + "' already exists.";
            return new ResourceSpec(family, noun, collection, idField, Objects.requireNonNull(ids), numericId, nameField,
                    renameField, endpoints, listField == null ? family.replace('-', '_') : listField, pagination, required,
                    requiredOnUpdate, uniqueFields, parents, stamps, writeOnlyFields, softDelete, notFoundStyle, missing,
                    duplicate, missingFieldMessage, createReply, getReply, updateReply, deleteReply, errorStyle, behaviour);
        }
    }
}
