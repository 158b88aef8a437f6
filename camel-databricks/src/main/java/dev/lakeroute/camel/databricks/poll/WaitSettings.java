package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;

/** Backoff and time limit of one kind of wait, read from the endpoint's options. */
public record WaitSettings(PollBackoff backoff, Duration timeout) {

    public static WaitSettings of(DatabricksConfiguration config, long timeoutMillis) {
        return new WaitSettings(PollBackoff.adaptive(config.getPollInterval(), config.getMaxPollInterval()),
                timeoutMillis <= 0 ? null : Duration.ofMillis(timeoutMillis));
    }
}
