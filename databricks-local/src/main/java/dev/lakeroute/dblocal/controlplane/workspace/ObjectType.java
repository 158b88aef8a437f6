package dev.lakeroute.dblocal.controlplane.workspace;

/** The workspace object types Databricks reports in {@code object_type}. */
public enum ObjectType {
    NOTEBOOK, DIRECTORY, FILE, REPO, LIBRARY, DASHBOARD;

    boolean isFolder() {
        return this == DIRECTORY || this == REPO;
    }
}
