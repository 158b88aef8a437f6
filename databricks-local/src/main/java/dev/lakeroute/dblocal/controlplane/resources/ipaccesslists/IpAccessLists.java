package dev.lakeroute.dblocal.controlplane.resources.ipaccesslists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.PrincipalIds;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;

import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

/** IP access lists 2.0. Lists are stored and validated but not enforced: every client address is let in. */
public final class IpAccessLists implements ResourceFamily {
    public static final String FAMILY = "ip-access-lists";
    private static final String PATH_ID = "ip_access_list_id";

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "IP access list")
                .id("list_id", IdStrategy.uuid())
                .create(POST, "ip-access-lists")
                .get(GET, "ip-access-lists/{ip_access_list_id}", IdSource.path(PATH_ID))
                .list(GET, "ip-access-lists")
                .update(PATCH, "ip-access-lists/{ip_access_list_id}", IdSource.path(PATH_ID), UpdateMode.MERGE)
                .update(PUT, "ip-access-lists/{ip_access_list_id}", IdSource.path(PATH_ID), UpdateMode.REPLACE)
                .delete(DELETE, "ip-access-lists/{ip_access_list_id}", IdSource.path(PATH_ID))
                .listField("ip_access_lists")
                .required("label", "list_type")
                .stamp(Stamp.defaultValue("enabled", BooleanNode.TRUE),
                        Stamp.createdAtMillis("created_at"),
                        new Stamp("created_by", true, true, false, writing -> LongNode.valueOf(PrincipalIds.numericId(writing.principal()))),
                        Stamp.updatedAtMillis("updated_at"),
                        new Stamp("updated_by", true, true, true, writing -> LongNode.valueOf(PrincipalIds.numericId(writing.principal()))),
                        Stamp.derived("address_count", list -> IntNode.valueOf(list.path("ip_addresses").size())))
                .notFound(dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle.REST_404,
                        id -> "IP access list with id " + id + " does not exist.")
                .replies(Reply.wrapped("ip_access_list"), Reply.wrapped("ip_access_list"), Reply.empty(), Reply.empty())
                .behaviour(new ListRules())
                .build());
    }

    /** ALLOW or BLOCK lists of IPv4 addresses and CIDR ranges; a PUT must say everything again. */
    private static final class ListRules implements ResourceBehaviour {
        @Override
        public void validate(Operation operation, ObjectNode list, ObjectNode existing) {
            for (String field : List.of("label", "list_type")) {
                if (!list.hasNonNull(field) || list.path(field).asText().isEmpty()) {
                    throw ApiException.missingField(field);
                }
            }
            String type = list.path("list_type").asText();
            if (!type.equals("ALLOW") && !type.equals("BLOCK")) {
                throw ApiException.invalidParameter("Invalid list_type '" + type + "'; allowed are ALLOW and BLOCK");
            }
            JsonNode addresses = list.path("ip_addresses");
            if (!addresses.isMissingNode() && !addresses.isNull() && !addresses.isArray()) {
                throw ApiException.invalidParameter("ip_addresses must be a list of IPv4 addresses or CIDR ranges");
            }
            for (JsonNode address : addresses) {
                if (!IpAddresses.isValid(address.asText())) {
                    throw ApiException.invalidParameter("Invalid IP address or CIDR range: '" + address.asText()
                            + "' (expected e.g. 1.2.3.4 or 10.0.0.0/16)");
                }
            }
        }
    }
}
