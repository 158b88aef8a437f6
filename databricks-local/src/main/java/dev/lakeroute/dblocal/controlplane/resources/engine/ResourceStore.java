package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The generic semantics of one resource family over its persistent collection: create with required
 * fields, parent checks, generated ids, server-set fields and unique names; get; filtered, ordered
 * lists; merge or replace updates (renames included); deletion that refuses non-empty parents unless
 * forced, or that only marks the resource deleted. Hand-written operations use the same store.
 */
public final class ResourceStore {
    private final ResourceSpec spec;
    private final DocumentCollection documents;
    private final ResourceRegistry registry;
    private final Clock clock;

    ResourceStore(ResourceSpec spec, DocumentCollection documents, ResourceRegistry registry, Clock clock) {
        this.spec = spec;
        this.documents = documents;
        this.registry = registry;
        this.clock = clock;
    }

    public ResourceSpec spec() {
        return spec;
    }

    public ObjectNode create(ObjectNode body, String principal) {
        ObjectNode input = clientFields(body);
        requireFields(input, spec.required());
        synchronized (registry.writeLock()) {
            ObjectNode document = spec.behaviour().prepare(Operation.CREATE, input, null);
            checkParents(document);
            String id = spec.ids().next(document);
            setId(document, id);
            stamp(document, principal, true);
            spec.behaviour().validate(Operation.CREATE, document, null);
            checkUnique(document, null);
            if (!documents.putIfAbsent(id, document)) {
                throw ApiException.alreadyExists(spec.duplicateMessage().apply(spec.nameField() == null ? spec.idField() : spec.nameField(), id));
            }
            spec.behaviour().created(document.deepCopy());
            return document;
        }
    }

    public Optional<ObjectNode> find(String id) {
        return documents.get(spec.behaviour().normalizeId(id));
    }

    /** The resource, soft-deleted ones included (Databricks still answers get for them). */
    public ObjectNode require(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** The resource, treating a soft-deleted one as missing. */
    public ObjectNode requireActive(String id) {
        ObjectNode document = require(id);
        if (isDeleted(document)) {
            throw notFound(id);
        }
        return document;
    }

    public boolean isDeleted(ObjectNode document) {
        return spec.softDelete() != null && spec.softDelete().isDeleted(document);
    }

    public ApiException notFound(String id) {
        return spec.notFoundStyle().error(spec.notFoundMessage().apply(id));
    }

    /** Every stored document, in id order. */
    public List<ObjectNode> all() {
        return documents.list();
    }

    /** The documents a list request selects, in the family's order. */
    public List<ObjectNode> list(ApiRequest request) {
        spec.behaviour().checkList(request);
        String view = spec.softDelete() == null || spec.softDelete().viewParam() == null ? "ACTIVE_ONLY"
                : request.string(spec.softDelete().viewParam()).filter(v -> !v.isEmpty()).orElse("ACTIVE_ONLY").toUpperCase(Locale.ROOT);
        if (!List.of("ACTIVE_ONLY", "DELETED_ONLY", "ALL").contains(view)) {
            throw ApiException.invalidParameter("Invalid value for " + spec.softDelete().viewParam() + ": '" + view
                    + "'; allowed are ACTIVE_ONLY, DELETED_ONLY and ALL");
        }
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode document : documents.list()) {
            boolean deleted = isDeleted(document);
            boolean visible = switch (view) {
                case "ALL" -> true;
                case "DELETED_ONLY" -> deleted;
                default -> !deleted;
            };
            if (visible && spec.behaviour().listed(document, request)) {
                selected.add(document);
            }
        }
        Comparator<ObjectNode> order = spec.behaviour().order(request);
        if (order != null) {
            selected.sort(order);
        }
        return selected;
    }

    public ObjectNode update(String id, ObjectNode body, UpdateMode mode, String principal) {
        ObjectNode input = clientFields(body);
        for (ParentRef parent : spec.parents()) {
            parent.fields().forEach(input::remove);
        }
        requireFields(input, spec.requiredOnUpdate());
        synchronized (registry.writeLock()) {
            ObjectNode existing = requireActive(id);
            String storedId = idOf(existing);
            JsonNode rename = spec.renameField() == null ? null : input.remove(spec.renameField());
            ObjectNode change = spec.behaviour().prepare(Operation.UPDATE, input, existing);
            ObjectNode document;
            if (mode == UpdateMode.MERGE) {
                document = existing.deepCopy();
                document.setAll(change);
            } else {
                document = change.deepCopy();
                for (Map.Entry<String, JsonNode> field : existing.properties()) {
                    boolean keep = spec.isServerOwned(field.getKey()) || field.getKey().startsWith("_")
                            || isParentField(field.getKey()) || (spec.writeOnlyFields().contains(field.getKey()) && !document.has(field.getKey()));
                    if (keep) {
                        document.set(field.getKey(), field.getValue());
                    }
                }
            }
            if (rename != null && !rename.isNull() && !rename.asText().isEmpty()) {
                document.put(spec.nameField(), spec.behaviour().normalizeId(rename.asText()));
            }
            stamp(document, principal, false);
            spec.behaviour().validate(Operation.UPDATE, document, existing);
            checkUnique(document, storedId);
            String newId = spec.ids().derived() ? spec.ids().next(document) : storedId;
            setId(document, newId);
            if (newId.equals(storedId)) {
                documents.put(storedId, document);
            } else {
                if (!children(storedId).isEmpty()) {
                    throw ApiException.invalidParameter("Cannot rename " + spec.noun() + " '" + storedId + "' while it is not empty.");
                }
                if (!documents.putIfAbsent(newId, document)) {
                    throw ApiException.alreadyExists(spec.duplicateMessage().apply(spec.nameField(), newId));
                }
                documents.remove(storedId);
            }
            return document;
        }
    }

    /** Deletes a resource; with children, only when forced, and then the children go first. */
    public ObjectNode delete(String id, boolean force) {
        synchronized (registry.writeLock()) {
            ObjectNode existing = require(id);
            if (isDeleted(existing)) {
                return existing;
            }
            String storedId = idOf(existing);
            List<Child> children = children(storedId);
            List<Child> blocking = children.stream().filter(child -> child.store().spec().behaviour().blocksParentDelete(child.document())).toList();
            if (!blocking.isEmpty() && !force) {
                throw ApiException.invalidParameter(spec.noun() + " '" + storedId + "' is not empty. It contains " + blocking.size() + " "
                        + blocking.get(0).store().spec().noun().toLowerCase(Locale.ROOT) + "(s); delete them first or pass force=true.");
            }
            for (Child child : children) {
                child.store().delete(child.store().idOf(child.document()), true);
            }
            if (spec.softDelete() != null) {
                SoftDelete soft = spec.softDelete();
                documents.update(storedId, document -> document.put(soft.field(), soft.deletedValue()));
            } else {
                documents.remove(storedId);
            }
            spec.behaviour().deleted(existing);
            return existing;
        }
    }

    /** Undoes a soft delete (MLflow {@code restore}). */
    public ObjectNode restore(String id) {
        SoftDelete soft = spec.softDelete();
        if (soft == null) {
            throw new IllegalStateException(spec.family() + " has no soft delete to undo");
        }
        synchronized (registry.writeLock()) {
            String storedId = idOf(require(id));
            return documents.update(storedId, document -> document.put(soft.field(), soft.activeValue())).orElseThrow(() -> notFound(id));
        }
    }

    /** An atomic change by hand-written code (state transitions, appended metrics); no stamps, no checks. */
    public Optional<ObjectNode> change(String id, UnaryOperator<ObjectNode> change) {
        synchronized (registry.writeLock()) {
            return documents.update(spec.behaviour().normalizeId(id), change);
        }
    }

    /** Stores a document made by the server itself (query history records). */
    public void insert(String id, ObjectNode document) {
        synchronized (registry.writeLock()) {
            ObjectNode copy = document.deepCopy();
            setId(copy, id);
            documents.put(id, copy);
        }
    }

    /** What clients see: without write-only and internal ({@code _}-prefixed) fields, in the family's view. */
    public ObjectNode view(ObjectNode document, boolean inList) {
        ObjectNode visible = document.deepCopy();
        spec.writeOnlyFields().forEach(visible::remove);
        visible.properties().removeIf(field -> field.getKey().startsWith("_"));
        return spec.behaviour().view(visible, inList);
    }

    public String idOf(ObjectNode document) {
        return document.path(spec.idField()).asText();
    }

    private record Child(ResourceStore store, ObjectNode document) {
    }

    private List<Child> children(String id) {
        List<Child> children = new ArrayList<>();
        for (ResourceStore store : registry.all()) {
            for (ParentRef parent : store.spec.parents()) {
                if (!parent.family().equals(spec.family())) {
                    continue;
                }
                for (ObjectNode document : store.documents.list()) {
                    boolean ofThis = parent.parentId(document).map(parentId -> parentId.equalsIgnoreCase(id)).orElse(false);
                    if (ofThis && !store.isDeleted(document)) {
                        children.add(new Child(store, document));
                    }
                }
            }
        }
        return children;
    }

    private boolean isParentField(String field) {
        return spec.parents().stream().anyMatch(parent -> parent.fields().contains(field));
    }

    private void checkParents(ObjectNode document) {
        for (ParentRef parent : spec.parents()) {
            Optional<String> parentId = parent.parentId(document);
            if (parentId.isEmpty()) {
                throw ApiException.invalidParameter(spec.missingFieldMessage().apply(parent.fields().get(parent.fields().size() - 1)));
            }
            ResourceStore parentStore = registry.store(parent.family());
            parentStore.requireActive(parentId.get());
        }
    }

    private void checkUnique(ObjectNode document, String selfId) {
        for (String field : spec.uniqueFields()) {
            JsonNode value = document.get(field);
            if (value == null || value.isNull() || value.asText().isEmpty()) {
                continue;
            }
            for (ObjectNode other : documents.list()) {
                if (!idOf(other).equals(selfId) && !isDeleted(other) && value.asText().equalsIgnoreCase(other.path(field).asText())) {
                    throw ApiException.alreadyExists(spec.duplicateMessage().apply(field, value.asText()));
                }
            }
        }
    }

    private ObjectNode clientFields(ObjectNode body) {
        ObjectNode input = body == null ? dev.lakeroute.dblocal.http.Json.object() : body.deepCopy();
        input.properties().removeIf(field -> spec.isServerOwned(field.getKey()) || field.getKey().startsWith("_"));
        return input;
    }

    private void requireFields(ObjectNode input, List<String> fields) {
        for (String field : fields) {
            JsonNode value = input.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
                throw ApiException.invalidParameter(spec.missingFieldMessage().apply(field));
            }
        }
    }

    private void setId(ObjectNode document, String id) {
        document.set(spec.idField(), spec.numericId() ? LongNode.valueOf(Long.parseLong(id)) : TextNode.valueOf(id));
    }

    private void stamp(ObjectNode document, String principal, boolean creating) {
        Stamp.Writing writing = new Stamp.Writing(document, principal, clock.millis(), creating);
        for (Stamp stamp : spec.stamps()) {
            stamp.apply(writing);
        }
    }
}
