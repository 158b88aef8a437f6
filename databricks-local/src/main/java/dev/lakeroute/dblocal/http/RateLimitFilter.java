package dev.lakeroute.dblocal.http;

import io.vertx.ext.web.RoutingContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side request limits, as Databricks enforces them per workspace: a token bucket per endpoint family
 * (the first path segment after the API version: {@code jobs}, {@code clusters}, {@code dbfs}, {@code sql}, …)
 * and optionally one over all of the workspace's requests ({@value #WORKSPACE}). A request over a limit is
 * answered {@code 429 REQUEST_LIMIT_EXCEEDED} with {@code Retry-After} (whole seconds, at least 1) and is not
 * handled. databricks-local is one workspace, so the buckets are the workspace's. Families without a limit
 * are not metered.
 */
public final class RateLimitFilter {
    /** The key of the limit over every request of the workspace, whatever its family. */
    public static final String WORKSPACE = "*";
    private static final Pattern FAMILY = Pattern.compile("^/api/\\d+\\.\\d+/([^/]+)(/.*)?$");
    private static final Pattern NAME = Pattern.compile("\\*|[a-z0-9][a-z0-9-]*");

    private final Map<String, TokenBucket> buckets = new LinkedHashMap<>();
    private final LongSupplier nanoClock;
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> passed = new ConcurrentHashMap<>();

    /** @param perSecond requests per second by family ({@code jobs → 100}); empty for no limits */
    public RateLimitFilter(Map<String, Double> perSecond, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        long now = nanoClock.getAsLong();
        perSecond.forEach((family, rate) -> {
            if (family == null || !NAME.matcher(family).matches()) {
                throw new IllegalArgumentException("a rate limit's family must be an API path segment such as jobs, clusters or dbfs, or "
                        + WORKSPACE + " for the whole workspace, was '" + family + "'");
            }
            buckets.put(family, new TokenBucket(rate, now));
        });
    }

    public static RateLimitFilter none() {
        return new RateLimitFilter(Map.of(), System::nanoTime);
    }

    /**
     * Parses and checks the CLI's {@code FAMILY=PER_SECOND}, e.g. {@code jobs=100} or {@code *=300}.
     *
     * @throws IllegalArgumentException naming what was wrong and the form allowed
     */
    public static Map.Entry<String, Double> parse(String value) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new IllegalArgumentException("--rate-limit takes FAMILY=REQUESTS_PER_SECOND (e.g. jobs=100, *=300), was '" + value + "'");
        }
        String family = value.substring(0, equals).trim();
        String rate = value.substring(equals + 1).trim();
        double perSecond;
        try {
            perSecond = Double.parseDouble(rate);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--rate-limit " + family + "= needs a number of requests per second, was '" + rate + "'");
        }
        new RateLimitFilter(Map.of(family, perSecond), System::nanoTime);
        return Map.entry(family, perSecond);
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** The limits in force, family to requests per second. */
    public Map<String, Double> limits() {
        Map<String, Double> limits = new LinkedHashMap<>();
        buckets.forEach((family, bucket) -> limits.put(family, bucket.perSecond()));
        return limits;
    }

    /** How many requests of a family (or {@value #WORKSPACE}: of all families) were answered 429 so far. */
    public long refused(String family) {
        if (WORKSPACE.equals(family)) {
            return refused.values().stream().mapToLong(LongAdder::sum).sum();
        }
        LongAdder count = refused.get(family);
        return count == null ? 0 : count.sum();
    }

    /** How many requests of a metered family (one with a limit) were let on so far. */
    public long passed(String family) {
        LongAdder count = passed.get(family);
        return count == null ? 0 : count.sum();
    }

    /** A Vert.x handler: lets the request on, or answers it 429. */
    public void handle(RoutingContext ctx) {
        if (buckets.isEmpty()) {
            ctx.next();
            return;
        }
        long now = nanoClock.getAsLong();
        long wait = 0;
        TokenBucket workspace = buckets.get(WORKSPACE);
        if (workspace != null) {
            wait = workspace.take(now);
        }
        Matcher matcher = FAMILY.matcher(ctx.request().path());
        String name = matcher.matches() ? matcher.group(1) : "";
        TokenBucket family = buckets.get(name);
        if (wait == 0 && family != null) {
            wait = family.take(now);
        }
        if (wait == 0) {
            if (family != null) {
                passed.computeIfAbsent(name, key -> new LongAdder()).increment();
            }
            ctx.next();
            return;
        }
        refused.computeIfAbsent(name, key -> new LongAdder()).increment();
        long retryAfterSeconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        Replies.send(ctx, new ApiResponse(429, "application/json",
                Json.write(Json.object().put("error_code", "REQUEST_LIMIT_EXCEEDED")
                        .put("message", "Too many requests. Please wait a moment and try again. If the issue persists, consider adjusting your request frequency or reaching out to support for assistance.")),
                Map.of("Retry-After", Long.toString(retryAfterSeconds))));
    }
}
