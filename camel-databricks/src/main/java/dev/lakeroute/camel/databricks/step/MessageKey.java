package dev.lakeroute.camel.databricks.step;

import java.util.Map;
import java.util.TreeMap;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.request.RequestBuilder;

/**
 * What makes a message the same message when it is delivered again: the {@link DatabricksConstants#IDEMPOTENCY_TOKEN}
 * header when the route sets one (a business key, a Kafka topic/partition/offset), else the message id combined with
 * the endpoint (two different steps of one message are two different pieces of work) and the request fields the
 * message brought ({@code toD}). Used as the idempotency token of runs and as the key of a statement's record.
 */
public final class MessageKey {

    private MessageKey() {
    }

    public static String of(Exchange exchange, String endpointUri) {
        Message message = exchange.getMessage();
        String given = message.getHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, String.class);
        if (given != null && !given.isBlank()) {
            return given;
        }
        String messageId = message.getMessageId();
        // The fields toD moved off the URI are part of what the URI used to say: run-now of job 1 and of job 2
        // from one message are two runs.
        Map<?, ?> perMessage = message.getHeader(DatabricksConstants.REQUEST_FIELDS, Map.class);
        String fields = "";
        if (perMessage != null && !perMessage.isEmpty()) {
            Map<String, String> sorted = new TreeMap<>();
            perMessage.forEach((k, v) -> sorted.put(String.valueOf(k), String.valueOf(v)));
            fields = sorted.toString();
        }
        // Always hashed: the endpoint URI may hold credentials.
        return RequestBuilder.sha256Hex("camel:" + (messageId != null ? messageId : exchange.getExchangeId()) + ":"
                                        + endpointUri + fields);
    }
}
