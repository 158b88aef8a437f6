package dev.lakeroute.dblocal.sparkdriver;

/** API 1.2 context states, spelled as on the wire. */
public enum ContextStatus {
    Pending, Running, Error
}
