package dev.lakeroute.camel.databricks.error;

/**
 * The client-side rate limit ({@code rateLimit}) already had {@code maxQueuedCalls} calls waiting for
 * their turn, so this one was refused before it was sent. Nothing reached Databricks.
 */
public class DatabricksRateLimitQueueFullException extends DatabricksException {

    private final int maxQueuedCalls;

    public DatabricksRateLimitQueueFullException(String operation, String family, double rateLimit, int maxQueuedCalls) {
        super("rate-limit queue full: " + maxQueuedCalls + " calls of the " + family + " family already wait for their turn at "
              + rateLimit + " requests/s; raise maxQueuedCalls (0 lets every call wait) or rateLimit, or slow the route down",
                operation, null);
        this.maxQueuedCalls = maxQueuedCalls;
    }

    public int getMaxQueuedCalls() {
        return maxQueuedCalls;
    }
}
