package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.List;

/**
 * Account API: service principal federation policies, create, list (paged), get, update (PATCH with
 * {@code update_mask}) and delete, as the {@code ServicePrincipalFederationPolicy} service of the SDKs calls them.
 */
public final class FederationPolicyApi implements ApiFamily {
    private static final String BASE = "/api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/federationPolicies";
    private static final int DEFAULT_PAGE_SIZE = 100;

    private final FederationPolicies policies;

    public FederationPolicyApi(FederationPolicies policies) {
        this.policies = policies;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post(BASE, request -> policies.create(request.pathParam("account_id"), servicePrincipal(request),
                request.context().request().getParam("policy_id"), request.body()));
        routes.get(BASE, this::list);
        routes.get(BASE + "/{policy_id}", request -> policies.get(servicePrincipal(request), request.pathParam("policy_id")));
        routes.patch(BASE + "/{policy_id}", request -> policies.update(servicePrincipal(request), request.pathParam("policy_id"),
                request.context().request().getParam("update_mask"), request.body()));
        routes.delete(BASE + "/{policy_id}", request -> {
            policies.delete(servicePrincipal(request), request.pathParam("policy_id"));
            return Json.object();
        });
    }

    private ObjectNode list(ApiRequest request) {
        List<ObjectNode> all = policies.list(servicePrincipal(request));
        int pageSize = request.intValue("page_size", DEFAULT_PAGE_SIZE);
        int from = request.string("page_token").map(FederationPolicyApi::offset).orElse(0);
        int to = Math.min(all.size(), from + (pageSize <= 0 ? DEFAULT_PAGE_SIZE : pageSize));
        ArrayNode page = Json.array();
        all.subList(Math.min(from, all.size()), to).forEach(page::add);
        ObjectNode body = Json.object();
        body.set("policies", page);
        if (to < all.size()) {
            body.put("next_page_token", Integer.toString(to));
        }
        return body;
    }

    private static long servicePrincipal(ApiRequest request) {
        String id = request.pathParam("service_principal_id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("service_principal_id must be the numeric id of a service principal, got " + id);
        }
    }

    private static int offset(String pageToken) {
        try {
            return Math.max(0, Integer.parseInt(pageToken));
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("page_token " + pageToken + " was not returned by this list");
        }
    }
}
