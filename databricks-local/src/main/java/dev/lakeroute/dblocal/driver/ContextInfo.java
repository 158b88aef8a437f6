package dev.lakeroute.dblocal.driver;

/** An execution context as the driver reports it; {@code status} is Pending, Running or Error. */
public record ContextInfo(String id, String status, String language, String note, String error) {
}
