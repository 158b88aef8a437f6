package dev.lakeroute.camel.databricks.auth;

import java.time.Instant;

/** An OAuth access token and when it stops being valid. */
public record AccessToken(String value, String type, Instant expiresAt) {

    public String authorization() {
        return (type == null || type.isBlank() || type.equalsIgnoreCase("bearer") ? "Bearer" : type) + " " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[type=" + type + ", expiresAt=" + expiresAt + "]";
    }
}
