package dev.lakeroute.dblocal.controlplane.resources.warehouses;


/** What the execution plane needs to know of a SQL warehouse. */
public record WarehouseInfo(String id, String name, String state, String clusterSize) {
    public boolean isRunning() {
        return "RUNNING".equals(state);
    }
}
