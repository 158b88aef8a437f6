package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitTest {
    private static final String TOKEN = "dapi-rate-limit-test";
    private static final String CLUSTER = "{\"cluster_name\":\"rl\",\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":0}";

    @Test
    void callsBeyondAFamilysLimitAnswer429RequestLimitExceededWithRetryAfter() {
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).rateLimit("jobs", 5).start()) {
            RawHttp http = RawHttp.bearer(local.url(), TOKEN);
            List<Integer> statuses = new ArrayList<>();
            RawHttp.Reply refused = null;
            for (int i = 0; i < 8; i++) {
                RawHttp.Reply reply = http.get("/api/2.1/jobs/list");
                statuses.add(reply.status());
                if (reply.status() == 429 && refused == null) {
                    refused = reply;
                }
            }
            // The bucket holds one second's worth: five pass at once, the rest of the burst is refused.
            assertThat(statuses.subList(0, 5)).containsOnly(200);
            assertThat(statuses.subList(5, 8)).contains(429);
            assertThat(refused).isNotNull();
            assertThat(refused.errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
            assertThat(refused.response().headers().firstValue("Retry-After")).hasValue("1");
            assertThat(local.rateLimits().refused("jobs")).isEqualTo(statuses.stream().filter(s -> s == 429).count());
        }
    }

    @Test
    void aLimitMetersOnlyItsOwnFamily() {
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).rateLimit("jobs", 1).start()) {
            RawHttp http = RawHttp.bearer(local.url(), TOKEN);
            assertThat(http.get("/api/2.1/jobs/list").status()).isEqualTo(200);
            assertThat(http.get("/api/2.1/jobs/list").status()).isEqualTo(429);
            for (int i = 0; i < 20; i++) {
                assertThat(http.post("/api/2.1/clusters/create", CLUSTER).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void theBucketRefillsAtTheConfiguredRate() throws InterruptedException {
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).rateLimits(Map.of("clusters", 10.0)).start()) {
            RawHttp http = RawHttp.bearer(local.url(), TOKEN);
            http.get("/api/2.1/jobs/list");
            List<Integer> statuses = new ArrayList<>();
            long start = System.nanoTime();
            while (System.nanoTime() - start < 1_500_000_000L) {
                statuses.add(http.get("/api/2.1/clusters/list").status());
                Thread.sleep(5);
            }
            // 10 at once plus 10 per second for 1.5 s: 25, give or take the clock's edges.
            assertThat(statuses.stream().filter(s -> s == 200).count()).as("statuses %s", statuses).isBetween(22L, 27L);
        }
    }

    @Test
    void aWorkspaceLimitMetersEveryFamilyTogether() {
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).rateLimit(RateLimitFilter.WORKSPACE, 3).start()) {
            RawHttp http = RawHttp.bearer(local.url(), TOKEN);
            assertThat(http.get("/api/2.1/jobs/list").status()).isEqualTo(200);
            assertThat(http.get("/api/2.1/clusters/list").status()).isEqualTo(200);
            assertThat(http.get("/api/2.0/dbfs/list?path=/").status()).isEqualTo(200);
            assertThat(http.get("/api/2.1/clusters/list").errorCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
        }
    }

    @Test
    void cliFormIsFamilyEqualsRequestsPerSecondAndBadFormsSayWhatIsAllowed() {
        assertThat(RateLimitFilter.parse("jobs=100")).isEqualTo(Map.entry("jobs", 100.0));
        assertThat(RateLimitFilter.parse("*=2.5")).isEqualTo(Map.entry("*", 2.5));
        assertThatThrownBy(() -> RateLimitFilter.parse("jobs")).hasMessageContaining("FAMILY=REQUESTS_PER_SECOND (e.g. jobs=100");
        assertThatThrownBy(() -> RateLimitFilter.parse("jobs=fast")).hasMessage("--rate-limit jobs= needs a number of requests per second, was 'fast'");
        assertThatThrownBy(() -> RateLimitFilter.parse("jobs=0")).hasMessageContaining("positive number of requests per second, was 0.0");
        assertThatThrownBy(() -> RateLimitFilter.parse("Jobs/Runs=5")).hasMessageContaining("family must be an API path segment");
    }
}
