package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;

/**
 * Backoff, time limit and log threshold of one kind of wait, read from the endpoint's options.
 *
 * @param logAfter how long a wait lasts before it is logged at INFO ({@code waitLogThreshold})
 */
public record WaitSettings(PollBackoff backoff, Duration timeout, Duration logAfter) {

    public static WaitSettings of(DatabricksConfiguration config, long timeoutMillis) {
        return new WaitSettings(PollBackoff.adaptive(config.getPollInterval(), config.getMaxPollInterval()),
                timeoutMillis <= 0 ? null : Duration.ofMillis(timeoutMillis), Duration.ofMillis(config.getWaitLogThreshold()));
    }

    /** The progress log of one wait with these settings. */
    public WaitProgress progress(String operation, String what, String id) {
        return new WaitProgress(operation, what, id, logAfter);
    }
}
