package dev.lakeroute.camel.databricks;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.error.DatabricksTransportException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that goes down while it handles a call: the first attempt's connection drops, the retries are
 * refused. The failure names the refusal, and says that the first attempt may have done the work.
 */
class AttemptThatMayHaveReachedTheServerTest extends CamelTestSupport {

    private static StubServer stub;

    @BeforeAll
    static void serverThatDiesWhileHandlingASubmit() throws Exception {
        stub = new StubServer();
        stub.handle("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            // No answer: the connection closes, then the port does.
            exchange.close();
            new Thread(stub::close).start();
        });
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.pointedAt(stub.url(), "dapi-stub", 300, 300));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").recipientList(header("databricksUri"));
            }
        };
    }

    @Test
    void refusedRetriesAfterADroppedAttemptSayTheFirstMayHaveReachedTheServer() {
        Exchange exchange = template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:jobs/runs/submit?waitForCompletion=false");
            e.getMessage().setBody(Map.of("run_name", "x", "tasks", List.of()));
        });

        assertThat(exchange.getException()).isInstanceOf(DatabricksTransportException.class)
                .hasMessageContaining("ConnectException")
                .hasMessageContaining("(an earlier attempt may have reached the server)")
                .hasMessageEndingWith("after 4 attempts");
        assertThat(stub.requests).hasSize(1);
    }
}
