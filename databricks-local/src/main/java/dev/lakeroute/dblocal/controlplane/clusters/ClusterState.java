package dev.lakeroute.dblocal.controlplane.clusters;

import java.util.Locale;

/** Databricks cluster states ({@code ClusterDetails.state}). */
public enum ClusterState {
    PENDING, RUNNING, RESTARTING, RESIZING, TERMINATING, TERMINATED, ERROR, UNKNOWN;

    /** The spelling Databricks uses in messages: "Cluster … is in unexpected state Running." */
    public String displayName() {
        String lower = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** States in which a driver exists or is being brought up, i.e. not yet (being) terminated. */
    public boolean isActive() {
        return this == PENDING || this == RUNNING || this == RESTARTING || this == RESIZING;
    }

    public static ClusterState parse(String value) {
        try {
            return valueOf(value);
        } catch (RuntimeException e) {
            return UNKNOWN;
        }
    }
}
