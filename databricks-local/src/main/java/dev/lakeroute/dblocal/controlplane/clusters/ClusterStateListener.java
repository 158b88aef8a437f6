package dev.lakeroute.dblocal.controlplane.clusters;

/** Told about every cluster state change, on the thread that made it; must return quickly. */
@FunctionalInterface
public interface ClusterStateListener {
    void onStateChange(ClusterStateChange change);
}
