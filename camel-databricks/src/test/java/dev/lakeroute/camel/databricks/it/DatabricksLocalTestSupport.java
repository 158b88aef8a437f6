package dev.lakeroute.camel.databricks.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.TestComponents;
import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/**
 * Routes against the one databricks-local of this JVM, over HTTP. Calls go through a route
 * ({@code direct:call} → the databricks URI in a header), as an application's would.
 */
public abstract class DatabricksLocalTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    /** An empty HOME, so no developer's ~/.databrickscfg or ~/.netrc leaks into a test. */
    protected static Path emptyHome() {
        return TestComponents.emptyHome();
    }

    /** The databricks-local the routes call: the control plane; {@link SparkTestSupport}'s is the Spark-backed one. */
    protected DatabricksLocalExtension server() {
        return LOCAL;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatabricksComponent component = componentFor(server());
        component.getConfiguration().setInitialRetryDelay(50);
        component.getConfiguration().setMaxRetryDelay(200);
        context.addComponent("databricks", component);
        return context;
    }

    /** A component pointed at {@code server}, polling fast and blind to the developer's own credentials. */
    static DatabricksComponent componentFor(DatabricksLocalExtension server) {
        DatabricksComponent component = TestComponents.pointedAt(server.url(), server.token());
        component.getConfiguration().setPollInterval(100);
        component.getConfiguration().setMaxPollInterval(500);
        return component;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").routeId("call").recipientList(header("databricksUri"));
            }
        };
    }

    protected DatabricksComponent component() {
        return context.getComponent("databricks", DatabricksComponent.class);
    }

    /** Sends through the route; the exchange carries either the answer or the exception. */
    protected Exchange exchange(String uri, Object body) {
        return template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", uri);
            e.getMessage().setBody(body);
        });
    }

    /** The answer body; a failure fails the test, or skips it when databricks-local does not serve the API yet. */
    @SuppressWarnings("unchecked")
    protected <T> T call(String uri, Object body) {
        Exchange exchange = exchange(uri, body);
        Exception failure = exchange.getException();
        if (failure != null) {
            skipIfNotServed(failure, uri);
            throw new AssertionError("databricks:" + uri + " failed: " + failure.getMessage(), failure);
        }
        return (T) exchange.getMessage().getBody();
    }

    protected Map<String, Object> map(String uri, Object body) {
        return call(uri, body);
    }

    protected List<Object> list(String uri, Object body) {
        return call(uri, body);
    }

    protected DatabricksException failure(String uri, Object body) {
        Exchange exchange = exchange(uri, body);
        skipIfNotServed(exchange.getException(), uri);
        if (!(exchange.getException() instanceof DatabricksException e)) {
            throw new AssertionError("expected a DatabricksException from " + uri + " but got " + exchange.getException());
        }
        return e;
    }

    /**
     * A single-node cluster shared by the test classes of this JVM: the RUNNING one named {@code it-shared},
     * created on first use, so classes that only need somewhere to run tasks do not each start a Spark driver.
     */
    @SuppressWarnings("unchecked")
    protected String sharedCluster() {
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) (List<?>) list(
                "databricks:clusters/list?paginate=true", null);
        for (Map<String, Object> cluster : clusters) {
            if ("it-shared".equals(cluster.get("cluster_name")) && "RUNNING".equals(cluster.get("state"))) {
                return (String) cluster.get("cluster_id");
            }
        }
        Exchange created = exchange("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING&waitTimeout=180000",
                Map.of("cluster_name", "it-shared", "node_type_id", "i3.xlarge", "num_workers", 0));
        skipIfNotServed(created.getException(), "clusters/create");
        if (created.getException() != null) {
            throw new AssertionError("the shared cluster did not start", created.getException());
        }
        return created.getMessage().getHeader(dev.lakeroute.camel.databricks.DatabricksConstants.CLUSTER_ID, String.class);
    }

    /** databricks-local answers ENDPOINT_NOT_FOUND for API families it does not implement yet. */
    protected static void skipIfNotServed(Exception failure, String uri) {
        if (failure instanceof DatabricksException e && "ENDPOINT_NOT_FOUND".equals(e.getErrorCode())) {
            Assumptions.abort("databricks-local does not serve " + e.getOperation() + " yet (" + uri + ")");
        }
    }
}
