package dev.lakeroute.dblocal.controlplane.resources.engine;


/** How an update treats fields the client left out. */
public enum UpdateMode {
    /** PATCH-style (and the classic 2.0 {@code edit} verbs): absent fields keep their stored value. */
    MERGE,
    /** PUT-style: the body is the new resource; only server-set fields survive. */
    REPLACE
}
