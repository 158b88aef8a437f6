package dev.lakeroute.camel.databricks.it;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the route gets back from databricks-local: every page of a list, a single page with its token,
 * {@code streamList} feeding a split page by page, {@code outputClass}, raw downloads, the operation header,
 * and the client-side rate limit. The has_more/offset-only style (jobs 2.0 without page tokens) is not
 * served by databricks-local — its jobs lists carry both, as Databricks' do — and is covered by
 * {@code PageReaderTest}.
 */
class ResponseShapingTest extends DatabricksLocalTestSupport {

    private static final String PREFIX = "shape-" + UUID.randomUUID().toString().substring(0, 6);
    private static boolean created;

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] { createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split").routeId("split")
                        .to("databricks:clusters/list?paginate=true&streamList=true&param.page_size=2")
                        .split(body()).streaming()
                        .filter(simple("${body[cluster_name]} startsWith '" + PREFIX + "'"))
                        .to("mock:cluster");
            }
        } };
    }

    /** Five clusters and three jobs of this class, so every list below spans several pages of two. */
    private void fiveClustersAndThreeJobs() {
        if (created) {
            return;
        }
        for (int i = 0; i < 5; i++) {
            map("databricks:clusters/create", Map.of("cluster_name", PREFIX + "-" + i, "spark_version", "15.4.x-scala2.12",
                    "node_type_id", "i3.xlarge", "num_workers", 0));
        }
        for (int i = 0; i < 3; i++) {
            map("databricks:jobs/create", Map.of("name", PREFIX + "-job-" + i));
        }
        created = true;
    }

    @Test
    void paginateFollowsNextPageTokensAcrossPages() {
        fiveClustersAndThreeJobs();
        Exchange e = exchange("databricks:clusters/list?paginate=true&param.page_size=2", null);
        assertThat(e.getException()).isNull();
        List<?> clusters = e.getMessage().getBody(List.class);
        assertThat(clusters.stream().map(c -> String.valueOf(((Map<?, ?>) c).get("cluster_name"))).filter(n -> n.startsWith(PREFIX)))
                .hasSize(5);
        assertThat(e.getMessage().getHeader(DatabricksConstants.PAGE_COUNT, Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void jobsListWithHasMoreIsPagedToTheEnd() {
        fiveClustersAndThreeJobs();
        Exchange e = exchange("databricks:jobs/list?paginate=true&param.limit=2", null);
        assertThat(e.getException()).isNull();
        List<?> jobs = e.getMessage().getBody(List.class);
        assertThat(jobs.stream().map(j -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) j).get("settings")).get("name")))
                .filter(n -> n.startsWith(PREFIX))).hasSize(3);
        assertThat(e.getMessage().getHeader(DatabricksConstants.PAGE_COUNT, Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onePageWithoutPaginateExposesTheNextTokenAndTheRequestId() {
        fiveClustersAndThreeJobs();
        Exchange e = exchange("databricks:clusters/list?param.page_size=2", null);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(Map.class)).containsKey("clusters");
        assertThat(e.getMessage().getHeader(DatabricksConstants.NEXT_PAGE_TOKEN, String.class)).isNotBlank();
        assertThat(e.getMessage().getHeader(DatabricksConstants.REQUEST_ID, String.class)).isNotBlank();
    }

    @Test
    void streamListFeedsSplitPageByPage() throws Exception {
        fiveClustersAndThreeJobs();
        MockEndpoint mock = getMockEndpoint("mock:cluster");
        mock.expectedMessageCount(5);
        template.sendBody("direct:split", null);
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).allSatisfy(x -> assertThat(x.getMessage().getBody()).isInstanceOf(Map.class));
    }

    @Test
    void streamListWithoutPaginateIteratesOnePage() {
        fiveClustersAndThreeJobs();
        Object body = exchange("databricks:clusters/list?streamList=true&param.page_size=2", null).getMessage().getBody();
        assertThat(body).isInstanceOf(Iterator.class);
        int count = 0;
        for (Iterator<?> it = (Iterator<?>) body; it.hasNext(); it.next()) {
            count++;
        }
        assertThat(count).isEqualTo(2);
    }

    private String scope() {
        String scope = PREFIX + "-scope";
        if (!call("databricks:secrets/scopes/list?outputClass=String", null).toString().contains(scope)) {
            map("databricks:secrets/scopes/create", Map.of("scope", scope));
        }
        return scope;
    }

    @Test
    void outputClassShapesTheBody() {
        String scope = scope();
        String text = call("databricks:secrets/scopes/list?outputClass=String", null);
        assertThat(text).startsWith("{").contains("\"name\":\"" + scope + "\"");
        JsonNode tree = call("databricks:secrets/scopes/list?outputClass=JsonNode", null);
        assertThat(tree.path("scopes").findValuesAsText("name")).contains(scope);
        Scopes bound = call("databricks:secrets/scopes/list?outputClass=" + Scopes.class.getName(), null);
        assertThat(bound.scopes()).contains(new Scope(scope));
    }

    public record Scopes(List<Scope> scopes) {
    }

    public record Scope(String name) {
    }

    @Test
    void rawContentComesBackAsBytes() {
        String file = "/Volumes/main/default/shapes/" + PREFIX + ".txt";
        Exchange up = exchange("databricks:fs/files/upload?overwrite=true&param.file_path=" + file, "raw-bytes".getBytes(StandardCharsets.UTF_8));
        skipIfNotServed(up.getException(), "fs/files/upload");
        assertThat(up.getException()).isNull();
        Object body = call("databricks:fs/files/download?param.file_path=" + file, null);
        assertThat(body).isEqualTo("raw-bytes".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        scope();
        Exchange e = template.request("direct:call", x -> {
            x.getMessage().setHeader("databricksUri", "databricks:clusters/list");
            x.getMessage().setHeader(DatabricksConstants.OPERATION, "secrets/scopes/list");
        });
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(Map.class)).containsKey("scopes").doesNotContainKey("clusters");
    }

    @Test
    void rateLimitSpacesCallsOfOneFamily() {
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            assertThat(exchange("databricks:secrets/scopes/list?rateLimit=2", null).getException()).isNull();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMs).as("4 calls at 2/s with a burst of 2").isGreaterThanOrEqualTo(900);
    }
}
