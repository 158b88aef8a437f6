package dev.lakeroute.dblocal.auth;

/** Who a request acts as: the workspace user of a token, or a service principal. */
public record Principal(String name, boolean servicePrincipal) {
    public static final Principal ADMIN = new Principal("admin@databricks.local", false);
}
