package dev.lakeroute.dblocal.controlplane.resources.sql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.resources.TimedTransitions;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.time.Duration;
import java.util.Optional;

/**
 * The Java hook of SQL warehouses for the execution plane (Statement Execution API): find a warehouse
 * and its state, start or stop it. Works on the persistent collection directly, so any family holding
 * the {@link ServerContext} can make one: {@code new WarehouseDirectory(context)}.
 */
public final class WarehouseDirectory {
    static final String COLLECTION = "sql.warehouses";
    private final DocumentCollection warehouses;
    private final TimedTransitions transitions;
    private final Duration startDelay;
    private final Duration stopDelay;

    public WarehouseDirectory(ServerContext context) {
        this.warehouses = context.store().collection(COLLECTION);
        this.transitions = new TimedTransitions(context.scheduler());
        this.startDelay = context.settings().clusterStartDelay();
        this.stopDelay = context.settings().clusterStopDelay();
    }

    public Optional<WarehouseInfo> find(String id) {
        return warehouses.get(id).map(warehouse -> new WarehouseInfo(warehouse.path("id").asText(), warehouse.path("name").asText(),
                warehouse.path("state").asText(), warehouse.path("cluster_size").asText()));
    }

    /** Starts a stopped (or stopping) warehouse; a starting or running one is left as it is. */
    public void start(String id) {
        if (move(id, "STARTING", "STOPPED", "STOPPING")) {
            finishStarting(id);
        }
    }

    /** Stops a running (or starting) warehouse; a stopped or stopping one is left as it is. */
    public void stop(String id) {
        if (move(id, "STOPPING", "RUNNING", "STARTING")) {
            finishStopping(id);
        }
    }

    void finishStarting(String id) {
        transitions.after(startDelay, warehouses::update, id, "state", "STARTING", "RUNNING", running -> { });
    }

    void finishStopping(String id) {
        transitions.after(stopDelay, warehouses::update, id, "state", "STOPPING", "STOPPED", stopped -> { });
    }

    /** Picks up transitions that were under way when the server stopped. */
    void recover() {
        for (ObjectNode warehouse : warehouses.list()) {
            switch (warehouse.path("state").asText()) {
                case "STARTING" -> finishStarting(warehouse.path("id").asText());
                case "STOPPING" -> finishStopping(warehouse.path("id").asText());
                default -> { }
            }
        }
    }

    private boolean move(String id, String to, String... from) {
        boolean[] moved = {false};
        warehouses.update(id, warehouse -> {
            String state = warehouse.path("state").asText();
            for (String candidate : from) {
                if (candidate.equals(state)) {
                    warehouse.put("state", to);
                    moved[0] = true;
                }
            }
            return warehouse;
        }).orElseThrow(() -> ApiException.notFound("SQL warehouse " + id + " does not exist."));
        return moved[0];
    }
}
