package dev.lakeroute.camel.databricks.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which API 1.2 execution context a command runs in (the {@code contextPolicy} option). */
public enum ContextPolicy {
    /** One context per endpoint, created lazily, re-created when lost, destroyed when the route stops. */
    SHARED("shared"),
    /** A context created before and destroyed after each message. */
    PER_EXCHANGE("perExchange"),
    /** The context named by the CamelDatabricksContextId header; the route owns it. */
    HEADER("header");

    private final String option;

    ContextPolicy(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }

    /** @return null when {@code value} names no policy */
    public static ContextPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return SHARED;
        }
        for (ContextPolicy p : values()) {
            if (p.option.equalsIgnoreCase(value.trim()) || p.name().equalsIgnoreCase(value.trim())) {
                return p;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ContextPolicy::option).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return option.toLowerCase(Locale.ROOT);
    }
}
