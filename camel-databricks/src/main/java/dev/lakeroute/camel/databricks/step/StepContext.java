package dev.lakeroute.camel.databricks.step;

import java.util.function.Supplier;

import org.apache.camel.Exchange;

import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.response.ResponseOptions;

/**
 * Everything a step needs for one message: the request built from options and body (without the body
 * when the step reads it itself), the endpoint's client and response options, and the producer's scope.
 * A composite step's own options come with it (see {@link CompositeStep#execute}).
 */
public record StepContext(Exchange exchange, OperationRequest request, DatabricksClient client, ResponseOptions response,
                          ProducerScope scope, Supplier<String> messageKey) {

    /** The message's {@link MessageKey}: the same for every delivery of it (computed when asked). */
    public String key() {
        return messageKey.get();
    }

    /** The same message, exchange and scope with another request (a follow-up call, a resolved job). */
    public StepContext withRequest(OperationRequest other) {
        return new StepContext(exchange, other, client, response, scope, messageKey);
    }
}
