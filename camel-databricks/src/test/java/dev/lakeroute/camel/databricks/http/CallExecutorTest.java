package dev.lakeroute.camel.databricks.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.net.ssl.SSLHandshakeException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.auth.AuthMethod;
import dev.lakeroute.camel.databricks.auth.Credentials;
import dev.lakeroute.camel.databricks.auth.StaticCredentials;
import dev.lakeroute.camel.databricks.auth.TokenHttp;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitQueueFullException;
import dev.lakeroute.camel.databricks.error.DatabricksServerException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.DatabricksUnauthenticatedException;
import dev.lakeroute.camel.databricks.error.DatabricksUnavailableException;
import dev.lakeroute.camel.databricks.error.ErrorMapper;
import dev.lakeroute.camel.databricks.support.Redactor;
import dev.lakeroute.camel.databricks.support.SafeExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link CallExecutor}'s decisions, attempt by attempt, on a transport that plays back scripted answers and
 * failures: which ones are retried, how 401 refreshes the token once, what the final error says. The wire
 * itself is exercised against real servers elsewhere (StubbedAnswersTest, FaultsTest, the integration tests).
 */
class CallExecutorTest {

    private static final String TOKEN = "dapi-secret-token-0123456789";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ScriptedTransport wire = new ScriptedTransport();
    private final CallExecutor executor = new CallExecutor(wire, scheduler, new SafeExecutor(pool),
            new ErrorMapper(new ObjectMapper()), Clock.systemUTC());
    /** Short delays so a test of three retries takes milliseconds; no jitter. */
    private final RetryPolicy retries = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMillis(5),
            Duration.ofMillis(20), () -> 1.0);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        pool.shutdownNow();
    }

    @Test
    void a503IsRetriedAndTheAnswerCountsItsAttempts() throws Exception {
        wire.answer(503, "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"busy\"}");
        wire.answer(200, "{\"ok\":true}");

        ApiResponse response = executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(response.requestId()).isEqualTo("req-2");
        assertThat(wire.authorizations).containsExactly("Bearer " + TOKEN, "Bearer " + TOKEN);
    }

    @Test
    void a429WaitsAsLongAsRetryAfterAsks() throws Exception {
        wire.answer(429, "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\"}", "Retry-After", "1");
        wire.answer(200, "{}");

        long start = System.nanoTime();
        executor.execute(post(true), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(990));
        assertThat(wire.sent).hasSize(2);
    }

    @Test
    void aRetryAfterBeyondRetryTimeoutFailsAtOnceAndSaysWhy() {
        wire.answer(429, "{\"error_code\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"slow down\"}", "Retry-After", "120");

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksException.class)
                .hasMessageContaining("slow down")
                .hasMessageContaining("asked to wait 120 s (Retry-After), which would pass retryTimeout (30 s)")
                .satisfies(e -> assertThat(((DatabricksException) e).getRetryAfter()).isEqualTo(Duration.ofSeconds(120)));
        assertThat(wire.sent).hasSize(1);
    }

    @Test
    void retriesStopAtMaxRetriesAndTheErrorSaysSo() {
        for (int i = 0; i < 4; i++) {
            wire.answer(503, "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\",\"message\":\"busy\"}");
        }

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksUnavailableException.class)
                .hasMessageContaining("gave up after 4 attempts: maxRetries=3 reached");
        assertThat(wire.sent).hasSize(4);
    }

    @Test
    void a500IsNotRetriedBlindly() {
        wire.answer(500, "{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"boom\"}");

        assertThatThrownBy(() -> executor.execute(post(false), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksServerException.class)
                .hasMessageContaining("boom")
                .satisfies(e -> assertThat(((DatabricksException) e).getRequestId()).isEqualTo("req-1"));
        assertThat(wire.sent).hasSize(1);
    }

    @Test
    void a401FetchesAFreshTokenOnceAndTriesAgain() throws Exception {
        RotatingCredentials credentials = new RotatingCredentials();
        wire.answer(401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"expired\"}");
        wire.answer(200, "{}");

        ApiResponse response = executor.execute(get(), credentials, retries, null).get(5, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(credentials.invalidated).containsExactly("Bearer oauth-1");
        assertThat(wire.authorizations).containsExactly("Bearer oauth-1", "Bearer oauth-2");
        // The refresh is not a retry: it does not use up maxRetries.
        assertThat(response.attempts()).isEqualTo(1);
    }

    @Test
    void aSecond401FailsTheCall() {
        RotatingCredentials credentials = new RotatingCredentials();
        wire.answer(401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"expired\"}");
        wire.answer(401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"still no\"}");

        assertThatThrownBy(() -> executor.execute(get(), credentials, retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksUnauthenticatedException.class).hasMessageContaining("still no");
        assertThat(wire.sent).hasSize(2);
    }

    @Test
    void a401WithAStaticTokenIsNotTriedAgain() {
        wire.answer(401, "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"Invalid access token\"}");

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksUnauthenticatedException.class);
        assertThat(wire.sent).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsRetriedForARequestThatIsSafeToRepeat() throws Exception {
        wire.fail(new IOException("Connection reset"));
        wire.answer(200, "{}");

        ApiResponse response = executor.execute(post(true), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS);

        assertThat(response.attempts()).isEqualTo(2);
    }

    @Test
    void aDroppedConnectionIsNotRetriedForARequestWithoutIdempotencyToken() {
        wire.fail(new IOException("Connection reset"));

        assertThatThrownBy(() -> executor.execute(post(false), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksTransportException.class)
                .hasMessageContaining("Connection reset")
                .hasMessageContaining("not retried: the request may have reached the server and carries no idempotency token");
        assertThat(wire.sent).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetriedForEveryRequestAndRemembersAnEarlierDroppedOne() {
        wire.fail(new IOException("Connection reset"));
        for (int i = 0; i < 3; i++) {
            wire.fail(new ConnectException("Connection refused"));
        }

        assertThatThrownBy(() -> executor.execute(post(true), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksTransportException.class)
                .hasMessageContaining("Connection refused calling https://adb-1.azuredatabricks.net")
                .hasMessageContaining("(an earlier attempt may have reached the server)");
        assertThat(wire.sent).hasSize(4);
    }

    @Test
    void aTlsFailureIsNotRetried() {
        wire.fail(new SSLHandshakeException("PKIX path building failed"));

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksTransportException.class).hasMessageContaining("PKIX path building failed");
        assertThat(wire.sent).hasSize(1);
    }

    @Test
    void aTokenInAFailureMessageIsMasked() {
        wire.fail(new SSLHandshakeException("handshake failed while sending Bearer " + TOKEN));

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().hasMessageNotContaining(TOKEN).hasMessageContaining(Redactor.MASK);
    }

    @Test
    void aFullRateLimitQueueRefusesTheCallWithoutSendingIt() {
        RateLimiter limiter = new RateLimiter("jobs", 0.001, 1, System::nanoTime);
        // The first permit is at hand, the second waits (queued), the third finds the queue full.
        limiter.acquire(scheduler);
        limiter.acquire(scheduler);

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, limiter).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksRateLimitQueueFullException.class);
        assertThat(wire.sent).isEmpty();
    }

    @Test
    void aRetryDueAfterTheComponentStoppedFailsTheCallInsteadOfHanging() {
        wire.answer(503, "{\"error_code\":\"TEMPORARILY_UNAVAILABLE\"}");
        scheduler.shutdown();

        assertThatThrownBy(() -> executor.execute(get(), StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabricksStoppedException.class)
                .hasMessageContaining("the component stopped while clusters/get waited to be retried");
    }

    @Test
    void aStreamedCallSendsItsBodyAgainOnEachAttempt() throws Exception {
        wire.answer(503, "{}");
        wire.answer(200, "streamed-content");
        List<String> publishers = Collections.synchronizedList(new ArrayList<>());
        Supplier<HttpRequest.BodyPublisher> body = () -> {
            publishers.add("fresh");
            return HttpRequest.BodyPublishers.ofString("chunk");
        };

        StreamedResponse<String> response = executor.exchange(post(true), body, HttpResponse.BodyHandlers.ofString(),
                StaticCredentials.bearer(TOKEN), retries, null).get(5, TimeUnit.SECONDS);

        assertThat(response.content()).isEqualTo("streamed-content");
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(publishers).hasSize(2);
    }

    private static HttpCall get() {
        return new HttpCall("clusters/get", "clusters", "GET",
                URI.create("https://adb-1.azuredatabricks.net/api/2.1/clusters/get?cluster_id=c1"), Map.of(), null, true,
                Duration.ofSeconds(10));
    }

    private static HttpCall post(boolean idempotent) {
        return new HttpCall("jobs/runs/submit", "jobs", "POST",
                URI.create("https://adb-1.azuredatabricks.net/api/2.2/jobs/runs/submit"),
                Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8), idempotent,
                Duration.ofSeconds(10));
    }

    /** Plays back one scripted outcome per attempt, completing on its own thread as a real I/O thread would. */
    private static final class ScriptedTransport implements Transport {
        private final Deque<Object> script = new ArrayDeque<>();
        final List<HttpCall> sent = Collections.synchronizedList(new ArrayList<>());
        final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
        private final ExecutorService io = Executors.newSingleThreadExecutor();

        void answer(int status, String body, String... headers) {
            Map<String, List<String>> map = new java.util.HashMap<>();
            map.put("content-type", List.of("application/json"));
            for (int i = 0; i < headers.length; i += 2) {
                map.put(headers[i].toLowerCase(java.util.Locale.ROOT), List.of(headers[i + 1]));
            }
            script.add(new Object[] { status, map, body });
        }

        void fail(Throwable failure) {
            script.add(failure);
        }

        @Override
        public CompletableFuture<HttpAnswer> send(HttpCall call, String authorization) {
            return next(call, authorization, body -> body.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public CompletableFuture<HttpAnswer> stream(HttpCall call, String authorization, Supplier<HttpRequest.BodyPublisher> body,
                                                    HttpResponse.BodyHandler<?> onSuccess) {
            body.get();
            return next(call, authorization, text -> text);
        }

        private synchronized CompletableFuture<HttpAnswer> next(HttpCall call, String authorization,
                                                                java.util.function.Function<String, Object> content) {
            sent.add(call);
            authorizations.add(authorization);
            Object outcome = script.poll();
            int number = sent.size();
            return CompletableFuture.supplyAsync(() -> {
                if (outcome == null) {
                    throw new AssertionError("no scripted outcome for attempt " + number + " of " + call);
                }
                if (outcome instanceof Throwable failure) {
                    throw new java.util.concurrent.CompletionException(failure);
                }
                Object[] answer = (Object[]) outcome;
                @SuppressWarnings("unchecked")
                Map<String, List<String>> headers = new java.util.HashMap<>((Map<String, List<String>>) answer[1]);
                headers.put("x-request-id", List.of("req-" + number));
                return new HttpAnswer((int) answer[0], HttpHeaders.of(headers, (k, v) -> true), content.apply((String) answer[2]));
            }, io);
        }

        @Override
        public TokenHttp tokens() {
            throw new UnsupportedOperationException("no token endpoint in these tests");
        }

        @Override
        public void close() {
            io.shutdownNow();
        }
    }

    /** OAuth-like credentials: a new token after each invalidation. */
    private static final class RotatingCredentials implements Credentials {
        private int generation = 1;
        final List<String> invalidated = Collections.synchronizedList(new ArrayList<>());

        @Override
        public synchronized CompletableFuture<String> authorization() {
            return CompletableFuture.completedFuture("Bearer oauth-" + generation);
        }

        @Override
        public boolean refreshable() {
            return true;
        }

        @Override
        public synchronized void invalidate(String rejectedAuthorization) {
            invalidated.add(rejectedAuthorization);
            generation++;
        }

        @Override
        public AuthMethod method() {
            return AuthMethod.values()[0];
        }

        @Override
        public Redactor redactor() {
            return Redactor.none();
        }
    }
}
