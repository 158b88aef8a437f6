package dev.lakeroute.camel.databricks.it;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code synchronous=true}: the calling thread waits for the step, runs the continuations of its calls and goes
 * on with the route itself; by default the component's worker pool finishes the exchange. Through the URI,
 * against databricks-local over HTTP: a plain call, a call retried after a 503, a wait for a cluster, an error.
 */
class SynchronousProducerTest extends DatabricksLocalTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:threads").recipientList(header("databricksUri"))
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
            }
        };
    }

    private Exchange send(String uri, Object body) {
        return template.request("direct:threads", e -> {
            e.getMessage().setHeader("databricksUri", uri);
            e.getMessage().setBody(body);
        });
    }

    @Test
    void theCallersThreadContinuesTheRouteWithSynchronousAndTheWorkerPoolWithout() {
        String caller = Thread.currentThread().getName();

        Exchange sync = send("databricks:clusters/list?synchronous=true", null);
        Exchange async = send("databricks:clusters/list", null);

        assertThat(sync.getException()).isNull();
        assertThat(sync.getMessage().getBody(Map.class)).isNotNull();
        assertThat(sync.getMessage().getHeader("continuedOn")).isEqualTo(caller);
        assertThat(async.getException()).isNull();
        assertThat(async.getMessage().getHeader("continuedOn", String.class)).contains("DatabricksWorker");
    }

    @Test
    void aRetriedCallAndAWaitForAClusterCompleteOnTheCallersThread() {
        String caller = Thread.currentThread().getName();
        server().server().faults().inject(Fault.of("clusters/list", FaultKind.UNAVAILABLE).times(1));

        Exchange retried = send("databricks:clusters/list?synchronous=true", null);
        Exchange created = send("databricks:clusters/create?synchronous=true&sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "it-synchronous", "node_type_id", "i3.xlarge", "num_workers", 0));

        assertThat(retried.getException()).isNull();
        assertThat(retried.getMessage().getHeader(DatabricksConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(retried.getMessage().getHeader("continuedOn")).isEqualTo(caller);
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(DatabricksConstants.CLUSTER_STATE)).isEqualTo("RUNNING");
        assertThat(created.getMessage().getHeader("continuedOn")).isEqualTo(caller);
        assertThat(send("databricks:clusters/permanent-delete", Map.of("cluster_id",
                created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID))).getException()).isNull();
    }

    @Test
    void anErrorAnswerFailsTheExchangeWithDatabricksError() {
        Exchange failed = template.request("direct:threads", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:clusters/get?synchronous=true&clusterId=0000-000000-missing0");
        });

        assertThat(failed.getException()).isInstanceOfSatisfying(DatabricksException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("INVALID_PARAMETER_VALUE"));
    }
}
