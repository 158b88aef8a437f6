package dev.lakeroute.dblocal.controlplane.resources.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.ParentRef;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;
import dev.lakeroute.dblocal.store.StateStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Unity Catalog 2.1 catalogs, schemas, volumes and tables: one metastore, names case-insensitive and
 * stored in lower case, {@code full_name} composed from the parents, parents checked on create,
 * non-empty parents deleted only with {@code force}. New catalogs get {@code default} and
 * {@code information_schema} schemas as on Databricks. Managed volumes get a directory under the DBFS
 * root ({@code Volumes/<catalog>/<schema>/<volume>}); tables are metadata only here.
 */
public final class UnityCatalog implements ResourceFamily {
    public static final String CATALOGS = "uc-catalogs";
    public static final String SCHEMAS = "uc-schemas";
    public static final String VOLUMES = "uc-volumes";
    public static final String TABLES = "uc-tables";
    private static final String BASE = "unity-catalog/";

    private final ResourceRegistry registry;
    private final StateStore state;
    private final String metastoreId;

    public UnityCatalog(ResourceRegistry registry, StateStore state) {
        this.registry = registry;
        this.state = state;
        this.metastoreId = metastoreId(state);
    }

    /** The one metastore's id, made once and kept with the data. */
    private static String metastoreId(StateStore state) {
        var metastore = state.collection("unity-catalog.metastore");
        metastore.putIfAbsent("current", Json.object().put("metastore_id", Ids.uuid()));
        return metastore.get("current").orElseThrow().path("metastore_id").asText();
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(
                securable(CATALOGS, "Catalog", "catalogs", "name", List.of("name"))
                        .stamp(Stamp.fixed("catalog_type", "MANAGED_CATALOG"),
                                Stamp.defaultValue("isolation_mode", TextNode.valueOf("OPEN")),
                                Stamp.fixed("securable_type", "CATALOG"),
                                uuid("id"))
                        .behaviour(new CatalogRules())
                        .build(),
                securable(SCHEMAS, "Schema", "schemas", "full_name", List.of("catalog_name", "name"))
                        .parent(ParentRef.of(CATALOGS, "catalog_name"))
                        .required("catalog_name")
                        .stamp(Stamp.fixed("securable_type", "SCHEMA"), uuid("schema_id"))
                        .behaviour(new ChildRules(List.of("catalog_name")) {
                            @Override
                            public boolean blocksParentDelete(ObjectNode schema) {
                                return !schema.path("name").asText().equals("information_schema");
                            }
                        })
                        .build(),
                securable(VOLUMES, "Volume", "volumes", "name", List.of("catalog_name", "schema_name", "name"))
                        .parent(ParentRef.of(SCHEMAS, "catalog_name", "schema_name"))
                        .required("catalog_name", "schema_name", "volume_type")
                        .stamp(Stamp.fixed("securable_type", "VOLUME"), uuid("volume_id"),
                                new Stamp("storage_location", false, true, false, writing -> TextNode.valueOf(
                                        volumeDirectory(writing.document()).toUri().toString())))
                        .behaviour(new VolumeRules())
                        .build(),
                securable(TABLES, "Table", "tables", "full_name", List.of("catalog_name", "schema_name", "name"))
                        .parent(ParentRef.of(SCHEMAS, "catalog_name", "schema_name"))
                        .required("catalog_name", "schema_name")
                        .stamp(Stamp.fixed("securable_type", "TABLE"), uuid("table_id"),
                                Stamp.defaultValue("table_type", TextNode.valueOf("MANAGED")),
                                Stamp.defaultValue("data_source_format", TextNode.valueOf("DELTA")),
                                Stamp.defaultValue("columns", Json.array()))
                        .behaviour(new ChildRules(List.of("catalog_name", "schema_name")))
                        .build());
    }

    private ResourceSpec.Builder securable(String family, String noun, String collection, String pathParam, List<String> nameParts) {
        String base = BASE + collection;
        String item = base + "/{" + pathParam + "}";
        return ResourceSpec.builder(family, noun)
                .collection("unity-catalog." + collection)
                .id("full_name", IdStrategy.composite(nameParts))
                .name("name")
                .renamedBy("new_name")
                .versions("2.1")
                .create(POST, base)
                .get(GET, item, IdSource.path(pathParam))
                .list(GET, base)
                .update(PATCH, item, IdSource.path(pathParam), UpdateMode.MERGE)
                .delete(DELETE, item, IdSource.path(pathParam))
                .listField(collection)
                .pagination(Pagination.tokens("max_results", 1000, 10_000).allWhenNoSizeGiven())
                .required("name")
                .stamp(Stamp.defaultValue("owner", writing -> TextNode.valueOf(writing.principal())),
                        Stamp.fixed("metastore_id", metastoreId),
                        Stamp.createdAtMillis("created_at"), Stamp.createdBy("created_by"),
                        Stamp.updatedAtMillis("updated_at"), Stamp.updatedBy("updated_by"),
                        Stamp.fixed("browse_only", BooleanNode.FALSE))
                .notFound(NotFoundStyle.REST_404, name -> noun + " '" + name + "' does not exist.")
                .duplicateMessage((field, name) -> noun + " '" + name + "' already exists.")
                .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty());
    }

    private static Stamp uuid(String field) {
        return new Stamp(field, true, true, false, writing -> TextNode.valueOf(Ids.uuid()));
    }

    private Path volumeDirectory(ObjectNode volume) {
        return state.dbfsRoot().resolve("Volumes").resolve(volume.path("catalog_name").asText())
                .resolve(volume.path("schema_name").asText()).resolve(volume.path("name").asText());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        routes.get("/api/2.1/" + BASE + "tables/{full_name}/exists", request -> Json.object()
                .put("table_exists", registry.store(TABLES).find(request.pathParam("full_name")).isPresent()));
    }

    /** Names as Databricks accepts them, stored in lower case because Unity Catalog compares them so. */
    private static class NameRules implements ResourceBehaviour {
        private final List<String> nameFields;

        NameRules(List<String> nameFields) {
            this.nameFields = nameFields;
        }

        @Override
        public String normalizeId(String id) {
            return id.toLowerCase(Locale.ROOT);
        }

        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            List<String> fields = new ArrayList<>(nameFields);
            fields.add("name");
            fields.add("new_name");
            for (String field : fields) {
                JsonNode value = body.get(field);
                if (value != null && value.isTextual()) {
                    checkName(field, value.asText());
                    body.put(field, value.asText().toLowerCase(Locale.ROOT));
                }
            }
            return body;
        }

        private static void checkName(String field, String name) {
            if (name.isEmpty() || name.length() > 255 || name.contains(".") || name.contains("/") || name.contains(" ")
                    || name.chars().anyMatch(Character::isISOControl)) {
                throw ApiException.invalidParameter("Invalid " + field + " '" + name
                        + "': names are 1 to 255 characters without periods, spaces, slashes or control characters.");
            }
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            return Comparator.comparing(securable -> securable.path("full_name").asText());
        }
    }

    private final class CatalogRules extends NameRules {
        CatalogRules() {
            super(List.of());
        }

        @Override
        public void created(ObjectNode catalog) {
            var schemas = registry.store(SCHEMAS);
            String owner = catalog.path("owner").asText();
            schemas.create(Json.object().put("name", "default").put("catalog_name", catalog.path("name").asText())
                    .put("comment", "Default schema (auto-created)"), owner);
            schemas.create(Json.object().put("name", "information_schema").put("catalog_name", catalog.path("name").asText())
                    .put("comment", "Information schema (auto-created)"), owner);
        }
    }

    /** Schemas, volumes and tables: lists name their parent, which must exist. */
    private class ChildRules extends NameRules {
        private final List<String> parentFields;

        ChildRules(List<String> parentFields) {
            super(parentFields);
            this.parentFields = parentFields;
        }

        @Override
        public void checkList(ApiRequest request) {
            for (String field : parentFields) {
                request.requireString(field);
            }
            String parent = String.join(".", parentFields.stream().map(field -> request.requireString(field).toLowerCase(Locale.ROOT)).toList());
            registry.store(parentFields.size() == 1 ? CATALOGS : SCHEMAS).requireActive(parent);
        }

        @Override
        public boolean listed(ObjectNode child, ApiRequest request) {
            for (String field : parentFields) {
                if (!child.path(field).asText().equalsIgnoreCase(request.string(field).orElse(""))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final class VolumeRules extends ChildRules {
        VolumeRules() {
            super(List.of("catalog_name", "schema_name"));
        }

        @Override
        public void validate(Operation operation, ObjectNode volume, ObjectNode existing) {
            String type = volume.path("volume_type").asText();
            if (!type.equals("MANAGED") && !type.equals("EXTERNAL")) {
                throw ApiException.invalidParameter("Invalid volume_type '" + type + "'; allowed are MANAGED and EXTERNAL");
            }
            if (operation == Operation.CREATE && type.equals("EXTERNAL") && !volume.hasNonNull("storage_location")) {
                throw ApiException.invalidParameter("An EXTERNAL volume needs a storage_location.");
            }
        }

        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            ObjectNode prepared = super.prepare(operation, body, existing);
            if (operation == Operation.CREATE && "MANAGED".equals(prepared.path("volume_type").asText())) {
                // A managed volume's location is the server's to choose.
                prepared.remove("storage_location");
            }
            return prepared;
        }

        @Override
        public void created(ObjectNode volume) {
            if ("MANAGED".equals(volume.path("volume_type").asText())) {
                try {
                    Files.createDirectories(volumeDirectory(volume));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create the directory of volume " + volume.path("full_name").asText(), e);
                }
            }
        }

        /** Removes the files of a managed volume where they were put at creation (a rename keeps the location). */
        @Override
        public void deleted(ObjectNode volume) {
            if (!"MANAGED".equals(volume.path("volume_type").asText())) {
                return;
            }
            Path volumes = state.dbfsRoot().resolve("Volumes").toAbsolutePath().normalize();
            Path directory;
            try {
                directory = Path.of(java.net.URI.create(volume.path("storage_location").asText())).toAbsolutePath().normalize();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                directory = volumeDirectory(volume);
            }
            if (directory.startsWith(volumes) && !directory.equals(volumes)) {
                deleteRecursively(directory);
            }
        }
    }

    /** Databricks deletes a managed volume's files with the volume. */
    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
