package dev.lakeroute.camel.databricks.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.net.ssl.SSLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.auth.Credentials;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitQueueFullException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.ErrorMapper;
import dev.lakeroute.camel.databricks.http.RetryPolicy.Delivery;
import dev.lakeroute.camel.databricks.observe.DatabricksObserver;
import dev.lakeroute.camel.databricks.observe.RateLimitWait;
import dev.lakeroute.camel.databricks.support.Redactor;
import dev.lakeroute.camel.databricks.support.SafeExecutor;
import dev.lakeroute.camel.databricks.support.WaitingThread;

import static dev.lakeroute.camel.databricks.support.Failures.unwrap;

/**
 * Sends one {@link HttpCall} with rate limiting, credentials, retries and error mapping, entirely
 * asynchronously on a {@link Transport}: waits are scheduled on the component's scheduler, continuations
 * run on its worker pool. A call whose header is at hand is sent from the calling thread, and a completion that already
 * runs on the worker pool is not handed to it again: each hand-off is a thread wake-up, which is most of
 * the cost of a short call. Logs method, path and outcome, never headers or bodies.
 */
public final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final Transport transport;
    private final ScheduledExecutorService scheduler;
    private final SafeExecutor worker;
    private final ErrorMapper errors;
    private final Clock clock;
    /** Set once before the first call (see {@link #observedBy}); no-op until then. */
    private DatabricksObserver observer = DatabricksObserver.NONE;

    public CallExecutor(Transport transport, ScheduledExecutorService scheduler, SafeExecutor worker, ErrorMapper errors,
                        Clock clock) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.worker = worker;
        this.errors = errors;
        this.clock = clock;
    }

    /** Reports calls, retries, 429s and rate-limit waits to {@code observer} (metrics, the dev console). */
    public CallExecutor observedBy(DatabricksObserver observer) {
        this.observer = observer;
        return this;
    }

    /**
     * @param limiter the family's budget on this host; null for none
     * @return the 2xx response, or a {@link DatabricksException} once retries are exhausted
     */
    public CompletableFuture<ApiResponse> execute(HttpCall call, Credentials credentials, RetryPolicy policy,
                                                  RateLimiter limiter) {
        Attempts attempts = new Attempts(call, credentials, policy, limiter,
                authorization -> transport.send(call.withHeaders(credentials.headers()), authorization));
        attempts.next();
        return attempts.result.thenApply(r -> new ApiResponse(r.statusCode(), r.headers().map(), (byte[]) r.body(),
                r.headers().firstValue("Content-Type").orElse(null), requestId(r.headers()), attempts.attempt));
    }

    /**
     * Like {@link #execute}, for content that must not be held in memory: each attempt sends a fresh
     * publisher from {@code body} (a file, a stream), and a 2xx answer goes to {@code onSuccess}
     * (a file, a stream) while errors are still read and mapped as usual. A body that cannot be sent
     * twice (an InputStream) must come with a policy without retries.
     */
    public <T> CompletableFuture<StreamedResponse<T>> exchange(HttpCall call, Supplier<HttpRequest.BodyPublisher> body,
                                                               HttpResponse.BodyHandler<T> onSuccess, Credentials credentials,
                                                               RetryPolicy policy, RateLimiter limiter) {
        Attempts attempts = new Attempts(call, credentials, policy, limiter,
                authorization -> transport.stream(call.withHeaders(credentials.headers()), authorization, body, onSuccess));
        attempts.next();
        return attempts.result.thenApply(r -> {
            @SuppressWarnings("unchecked")
            T content = (T) r.body();
            return new StreamedResponse<>(r.statusCode(), r.headers().map(), content,
                    r.headers().firstValue("Content-Type").orElse(null), requestId(r.headers()), attempts.attempt);
        });
    }

    /** The state of one call across its attempts. */
    private final class Attempts {
        final HttpCall call;
        final Credentials credentials;
        final RetryPolicy policy;
        final RateLimiter limiter;
        /** One attempt on the wire, given its Authorization header. */
        final Function<String, CompletableFuture<HttpAnswer>> wire;
        /** Completed by the attempts; {@link #result} completes after the observer heard of it. */
        final CompletableFuture<HttpAnswer> done = new CompletableFuture<>();
        final CompletableFuture<HttpAnswer> result;
        final long startNanos = System.nanoTime();
        final Redactor redactor;
        /** The thread of a synchronous exchange that waits for this call ({@link WaitingThread}); null otherwise. */
        final Executor waitingThread = WaitingThread.current();
        int attempt;
        boolean refreshedAfter401;
        /** An earlier attempt failed after it may have been sent. */
        boolean maybeSentBefore;

        Attempts(HttpCall call, Credentials credentials, RetryPolicy policy, RateLimiter limiter,
                 Function<String, CompletableFuture<HttpAnswer>> wire) {
            this.wire = wire;
            this.call = call;
            this.credentials = credentials;
            this.policy = policy;
            this.limiter = limiter;
            this.redactor = credentials.redactor();
            // Before the caller's continuation runs: a metric read right after the call must count it.
            this.result = done.whenComplete((answer, failure) -> observer.callFinished(call.operation(), failure, elapsed(), attempt));
        }

        void next() {
            if (done.isDone()) {
                return;
            }
            attempt++;
            CompletableFuture<HttpAnswer> received;
            try {
                received = authorized().thenCompose(this::send);
            } catch (RuntimeException e) {
                received = CompletableFuture.failedFuture(e);
            }
            received.whenComplete((response, failure) -> {
                try {
                    if (failure != null) {
                        onFailure(unwrap(failure));
                    } else {
                        onResponse(response);
                    }
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
        }

        /**
         * The Authorization header once the rate limiter lets the call go. Without a wait (no limit or a
         * permit at hand) and with the header at hand (a static token, a cached OAuth token) this is
         * already complete and the call is sent from the current thread: no hand-off to the pool. A permit
         * that comes later completes on the scheduler, whose thread must only fire timers: that is moved
         * to the pool.
         */
        private CompletableFuture<String> authorized() {
            CompletableFuture<Void> permit = null;
            if (limiter != null) {
                permit = limiter.acquire(scheduler);
                if (permit == null) {
                    return CompletableFuture.failedFuture(new DatabricksRateLimitQueueFullException(call.operation(),
                            limiter.family(), limiter.permitsPerSecond(), limiter.maxQueued()));
                }
            }
            if (permit == null || permit.isDone() && !permit.isCompletedExceptionally()) {
                return credentials.authorization();
            }
            permit.thenRun(new RateLimitWait(observer, call.operation(), limiter.family()));
            return permit.thenComposeAsync(ignored -> credentials.authorization(), worker);
        }

        CompletableFuture<HttpAnswer> send(String authorization) {
            lastAuthorization = authorization;
            // Transports complete on their I/O threads, which must only do I/O: continue on the thread that waits
            // for the exchange, else on the worker pool (right away when the answer already arrived there).
            CompletableFuture<HttpAnswer> answer = wire.apply(authorization);
            return waitingThread != null ? answer.whenCompleteAsync((response, failure) -> { }, waitingThread) : worker.onPool(answer);
        }

        private volatile String lastAuthorization;

        void onResponse(HttpAnswer response) {
            int status = response.statusCode();
            String requestId = requestId(response.headers());
            LOG.debug("{} {} ({}) -> HTTP {} in {} ms, attempt {}", call.method(), call.uri().getRawPath(),
                    call.operation(), status, elapsed().toMillis(), attempt);
            if (status / 100 == 2) {
                if (limiter != null) {
                    limiter.accepted();
                }
                done.complete(response);
                return;
            }
            if (status == 401 && credentials.refreshable() && !refreshedAfter401) {
                refreshedAfter401 = true;
                credentials.invalidate(lastAuthorization);
                LOG.debug("{} ({}) answered 401: fetching a new token and trying once more", call.uri().getRawPath(),
                        call.operation());
                attempt--;
                next();
                return;
            }
            if (status == 429) {
                observer.rateLimitedByServer(call.operation());
                if (limiter != null) {
                    // Every later call of this family slows down too, not just this one's retry.
                    limiter.rateLimited();
                }
            }
            Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
            RetryDecision decision = policy.decide(new RetryPolicy.Status(status, retryAfter), attempt - 1, elapsed(),
                    call.idempotent());
            if (decision.retry()) {
                observer.retryScheduled(call.operation(), "HTTP " + status, decision.delay());
                schedule(decision, "HTTP " + status);
                return;
            }
            String note = "not retryable".equals(decision.reason()) ? null : decision.reason();
            done.completeExceptionally(errors.map(status, response.headers().firstValue("Content-Type").orElse(null),
                    (byte[]) response.body(), call.operation(), requestId, redactor, note).retryAfter(retryAfter));
        }

        void onFailure(Throwable failure) {
            if (failure instanceof DatabricksException known) {
                // From the credentials (token endpoint refused us): retrying the API call cannot help.
                done.completeExceptionally(known);
                return;
            }
            Delivery delivery = classify(failure);
            String description = describe(failure);
            LOG.debug("{} {} ({}) failed on attempt {}: {}", call.method(), call.uri().getRawPath(), call.operation(),
                    attempt, description);
            RetryDecision decision = policy.decide(new RetryPolicy.NoAnswer(delivery, description), attempt - 1,
                    elapsed(), call.idempotent());
            if (decision.retry()) {
                maybeSentBefore |= delivery == Delivery.MAYBE_SENT;
                observer.retryScheduled(call.operation(), "transport", decision.delay());
                schedule(decision, description);
                return;
            }
            String why = delivery != Delivery.MAYBE_SENT
                    // Refused after a dropped attempt (a server going down): that attempt may have done the work.
                    ? description + (maybeSentBefore ? " (an earlier attempt may have reached the server)" : "")
                    : !call.idempotent() ? description + " (not retried: the request may have reached the server and carries no idempotency token)"
                    // Retries ran out (or none were allowed: a body that can be read only once): the caller has to look.
                    : description + " (" + decision.reason() + "; the last attempt may have reached the server)";
            done.completeExceptionally(new DatabricksTransportException(why, call.operation(), attempt, null,
                    delivery != Delivery.PERMANENT).kind(dev.lakeroute.camel.databricks.error.TransportFailure.of(failure))
                    .mayHaveReachedServer(delivery != Delivery.NOT_SENT || maybeSentBefore));
        }

        void schedule(RetryDecision decision, String cause) {
            LOG.debug("Retrying {} ({}) in {} ms after {}", call.uri().getRawPath(), call.operation(),
                    decision.delay().toMillis(), cause);
            try {
                scheduler.schedule(() -> worker.execute(this::next), decision.delay().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // The scheduler's queue is unbounded: it refuses only once the component stops.
                done.completeExceptionally(new DatabricksStoppedException("the component stopped while " + call.operation()
                                                                            + " waited to be retried", call.operation()));
            }
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }

        String describe(Throwable failure) {
            String message = failure.getMessage();
            String text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
            return redactor.redact(text) + " calling " + call.uri().getScheme() + "://" + call.uri().getAuthority();
        }
    }

    /**
     * A connection that was never made (refused, unresolved, or no pooled connection free in time:
     * HttpCore's DeadlineTimeoutException) cannot have carried the request.
     */
    static Delivery classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return Delivery.PERMANENT;
            }
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                || t instanceof org.apache.hc.core5.util.DeadlineTimeoutException
                || t instanceof UnresolvedAddressException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException) {
                return Delivery.NOT_SENT;
            }
        }
        if (failure instanceof HttpTimeoutException || failure instanceof IOException) {
            return Delivery.MAYBE_SENT;
        }
        return Delivery.PERMANENT;
    }

    private static String requestId(HttpHeaders headers) {
        return headers.firstValue("x-request-id")
                .or(() -> headers.firstValue("x-databricks-request-id"))
                .orElse(null);
    }
}
