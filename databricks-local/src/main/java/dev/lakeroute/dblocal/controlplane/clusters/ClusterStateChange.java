package dev.lakeroute.dblocal.controlplane.clusters;

/**
 * A cluster moved from {@code previous} to {@code current} state ({@code previous} is null for a new
 * cluster). {@code removed} is true when the cluster was permanently deleted.
 */
public record ClusterStateChange(String clusterId, ClusterState previous, ClusterState current, ClusterInfo cluster, boolean removed) {
}
