package dev.lakeroute.dblocal.controlplane.clusters;

/** Who created a cluster ({@code ClusterDetails.cluster_source}). */
public enum ClusterSource {
    API, UI, JOB
}
