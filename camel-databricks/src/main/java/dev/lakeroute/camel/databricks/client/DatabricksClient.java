package dev.lakeroute.camel.databricks.client;

import java.time.Duration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.lakeroute.camel.databricks.auth.AuthAttributes;
import dev.lakeroute.camel.databricks.auth.Credentials;
import dev.lakeroute.camel.databricks.auth.CredentialsFactory;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.http.ApiResponse;
import dev.lakeroute.camel.databricks.http.CallExecutor;
import dev.lakeroute.camel.databricks.http.HttpCall;
import dev.lakeroute.camel.databricks.http.RateLimiter;
import dev.lakeroute.camel.databricks.http.RateLimiters;
import dev.lakeroute.camel.databricks.http.RetryPolicy;
import dev.lakeroute.camel.databricks.http.StreamedResponse;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.request.RequestEncoder;

/**
 * One endpoint's way to the API: encodes an {@link OperationRequest}, picks the host (workspace or
 * accounts) with its credentials and rate limiter, and hands the call to the component's executor.
 * The generic call path and every composite step go through {@link #call}.
 */
public final class DatabricksClient {

    private final CallExecutor executor;
    private final RequestEncoder encoder;
    private final RequestEncoder.Target target;
    private final Credentials workspaceCredentials;
    private final Credentials accountCredentials;
    private final RetryPolicy retryPolicy;
    private final RateLimiters rateLimiters;
    private final double rateLimit;
    private final int maxQueuedCalls;
    private final Duration requestTimeout;
    private final Map<String, RateLimiter> workspaceLimiters = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> accountLimiters = new ConcurrentHashMap<>();
    /** Host and port of each, computed once: every call's limiter and span name them. */
    private final String workspaceAuthority;
    private final String accountsAuthority;

    public DatabricksClient(CallExecutor executor, RequestEncoder encoder, RequestEncoder.Target target,
                            AuthAttributes credentials, CredentialsFactory credentialsFactory, RetryPolicy retryPolicy,
                            RateLimiters rateLimiters, double rateLimit, int maxQueuedCalls, Duration requestTimeout) {
        this.executor = executor;
        this.encoder = encoder;
        this.target = target;
        // OAuth token endpoints differ between workspace and accounts host, so each gets its own.
        this.workspaceCredentials = credentialsFactory.create(credentials, target.workspace(), null);
        this.accountCredentials = credentialsFactory.create(credentials, target.accounts(), target.accountId());
        this.retryPolicy = retryPolicy;
        this.rateLimiters = rateLimiters;
        this.rateLimit = rateLimit;
        this.maxQueuedCalls = maxQueuedCalls;
        this.requestTimeout = requestTimeout;
        this.workspaceAuthority = target.workspace().authority();
        this.accountsAuthority = target.accounts().authority();
    }

    public CompletableFuture<ApiResponse> call(OperationRequest request) {
        HttpCall call;
        try {
            call = encoder.encode(request, target, requestTimeout);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Operation op = request.operation();
        return executor.execute(call, credentials(op), retryPolicy, limiter(op));
    }

    /** The host this operation's calls go to (workspace or accounts), for spans and logs: no credential in it. */
    public String host(Operation op) {
        return op.isAccountScope() ? accountsAuthority : workspaceAuthority;
    }

    private Credentials credentials(Operation op) {
        return op.isAccountScope() ? accountCredentials : workspaceCredentials;
    }

    /**
     * The budget shared by every call of this operation's family on its host: {@code rateLimit} when set, and
     * in every case lowered by the server's 429s.
     */
    private RateLimiter limiter(Operation op) {
        // Looked up on every call: once per family here, rather than a key built and a shared map probed each time.
        Map<String, RateLimiter> mine = op.isAccountScope() ? accountLimiters : workspaceLimiters;
        RateLimiter limiter = mine.get(op.family());
        if (limiter == null) {
            limiter = rateLimiters.forFamily(host(op), op.family(),
                    rateLimit > 0 ? rateLimit : Double.POSITIVE_INFINITY, maxQueuedCalls);
            mine.putIfAbsent(op.family(), limiter);
        }
        return limiter;
    }

    /**
     * A call whose request body is streamed from {@code body} (fresh publisher per attempt) and whose 2xx
     * answer goes to {@code onSuccess}, so neither is held in memory. Fields other than path parameters
     * travel in the query string. A body that cannot be replayed (an InputStream) is sent once, without retries.
     */
    public <T> CompletableFuture<StreamedResponse<T>> stream(OperationRequest request, String contentType,
                                                             Supplier<HttpRequest.BodyPublisher> body, boolean replayable,
                                                             HttpResponse.BodyHandler<T> onSuccess) {
        HttpCall call;
        try {
            call = encoder.encodeForStream(request, target, requestTimeout, contentType);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Operation op = request.operation();
        RetryPolicy policy = replayable ? retryPolicy
                : new RetryPolicy(0, retryPolicy.retryTimeout(), retryPolicy.initialDelay(), retryPolicy.maxDelay(),
                        retryPolicy.random());
        return executor.exchange(call, body, onSuccess, credentials(op), policy, limiter(op));
    }
}
