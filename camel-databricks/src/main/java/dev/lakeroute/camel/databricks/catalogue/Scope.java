package dev.lakeroute.camel.databricks.catalogue;

/** Where an operation is served: the workspace host or the accounts host. */
public enum Scope {
    WORKSPACE,
    ACCOUNT;

    static Scope parse(String value) {
        return switch (value) {
            case "workspace" -> WORKSPACE;
            case "account" -> ACCOUNT;
            default -> throw new IllegalArgumentException("Unknown scope " + value + "; allowed: workspace, account");
        };
    }
}
