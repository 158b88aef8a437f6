package dev.lakeroute.dblocal.controlplane.resources.initscripts;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Global init scripts 2.0. Scripts are stored (base64, as sent); clusters here do not run them.
 * Lists leave the script body out, as Databricks does.
 */
public final class GlobalInitScripts implements ResourceFamily {
    public static final String FAMILY = "global-init-scripts";
    private static final int MAX_SCRIPT_BYTES = 64 * 1024;
    private final ResourceRegistry registry;

    public GlobalInitScripts(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "Global init script")
                .id("script_id", IdStrategy.hex16())
                .name("name")
                .create(POST, "global-init-scripts")
                .get(GET, "global-init-scripts/{script_id}", IdSource.path("script_id"))
                .list(GET, "global-init-scripts")
                .update(PATCH, "global-init-scripts/{script_id}", IdSource.path("script_id"), UpdateMode.MERGE)
                .delete(DELETE, "global-init-scripts/{script_id}", IdSource.path("script_id"))
                .listField("scripts")
                .required("name", "script")
                .stamp(Stamp.defaultValue("enabled", BooleanNode.FALSE),
                        Stamp.createdAtMillis("created_at"), Stamp.createdBy("created_by"),
                        Stamp.updatedAtMillis("updated_at"), Stamp.updatedBy("updated_by"))
                .notFound(dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle.REST_404,
                        id -> "The global init script with id " + id + " does not exist.")
                .replies(Reply.fields("script_id"), Reply.whole(), Reply.empty(), Reply.empty())
                .behaviour(new ScriptRules())
                .build());
    }

    /** Scripts are base64 of at most 64 KB; new scripts go last unless a position is given; order is by position. */
    private final class ScriptRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            if (operation == Operation.CREATE && !body.hasNonNull("position")) {
                body.put("position", registry.store(FAMILY).all().size());
            }
            return body;
        }

        @Override
        public void validate(Operation operation, ObjectNode script, ObjectNode existing) {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(script.path("script").asText());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter("The script must be base64-encoded.");
            }
            if (decoded.length > MAX_SCRIPT_BYTES) {
                throw ApiException.invalidParameter("The script is " + decoded.length + " bytes; the limit is " + MAX_SCRIPT_BYTES + " bytes.");
            }
            if (script.path("position").asLong(0) < 0) {
                throw ApiException.invalidParameter("position must be non-negative, was " + script.path("position"));
            }
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            return Comparator.<ObjectNode>comparingLong(script -> script.path("position").asLong())
                    .thenComparingLong(script -> script.path("created_at").asLong());
        }

        @Override
        public ObjectNode view(ObjectNode script, boolean inList) {
            if (inList) {
                script.remove("script");
            }
            return script;
        }
    }
}
