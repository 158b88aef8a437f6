package dev.lakeroute.camel.databricks.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Keeps one access token and fetches a new one shortly before it expires. Concurrent callers share
 * the fetch in flight, so a burst of exchanges costs one token request.
 */
public final class TokenCache {

    // Refresh this long before expiry so a token never expires between header and server check.
    private static final Duration EARLY_REFRESH = Duration.ofSeconds(60);

    private final Supplier<CompletableFuture<AccessToken>> source;
    private final Clock clock;
    private CompletableFuture<AccessToken> current;

    public TokenCache(Supplier<CompletableFuture<AccessToken>> source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public synchronized CompletableFuture<AccessToken> token() {
        if (current == null || current.isCompletedExceptionally() || isExpiring(current)) {
            current = source.get();
        }
        return current;
    }

    /** Drops the cached token if it is the one the server just rejected (another caller may have refreshed). */
    public synchronized void invalidate(String rejectedAuthorization) {
        if (current != null && current.isDone() && !current.isCompletedExceptionally()
            && current.join().authorization().equals(rejectedAuthorization)) {
            current = null;
        }
    }

    private boolean isExpiring(CompletableFuture<AccessToken> token) {
        if (!token.isDone()) {
            return false;
        }
        AccessToken t = token.join();
        return clock.instant().plus(EARLY_REFRESH).isAfter(t.expiresAt());
    }
}
