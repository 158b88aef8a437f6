package dev.lakeroute.dblocal.controlplane.accounts;

import dev.lakeroute.dblocal.LocalSettings;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;
import dev.lakeroute.dblocal.store.StateStore;

/**
 * Which workspace and account this server is: the ids host metadata, the account APIs and Unity Catalog's
 * metastore assignment answer with. Configured ids win; otherwise ids are made at the first start and kept
 * with the data, so they stay the same across restarts as a real workspace's do.
 */
public record WorkspaceIdentity(String workspaceId, String accountId, String cloud) {
    private static final String COLLECTION = "identity";

    public static WorkspaceIdentity of(LocalSettings settings, StateStore store) {
        var identity = store.collection(COLLECTION);
        // 16 digits like Databricks' workspace ids, never starting with 0.
        identity.putIfAbsent("current", Json.object()
                .put("workspace_id", Long.toString(1_000_000_000_000_000L + Math.floorMod(Ids.numeric(), 8_999_999_999_999_999L)))
                .put("account_id", Ids.uuid()));
        var stored = identity.get("current").orElseThrow();
        return new WorkspaceIdentity(
                settings.workspaceId() != null ? settings.workspaceId() : stored.path("workspace_id").asText(),
                settings.accountId() != null ? settings.accountId() : stored.path("account_id").asText(),
                settings.cloud());
    }

    public long workspaceIdNumber() {
        return Long.parseLong(workspaceId);
    }
}
