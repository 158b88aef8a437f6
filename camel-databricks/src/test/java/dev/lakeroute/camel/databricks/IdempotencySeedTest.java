package dev.lakeroute.camel.databricks;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The idempotency token of a message: stable across redeliveries, distinct per job when toD shares one endpoint. */
class IdempotencySeedTest extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.pointedAt("https://adb-1.azuredatabricks.net", "dapi-x"));
        return context;
    }

    @Test
    void oneMessageRunningTwoJobsThroughOneSharedEndpointGetsTwoTokens() throws Exception {
        DatabricksProducer producer = (DatabricksProducer) context.getEndpoint("databricks:jobs/run-now").createProducer();
        Exchange first = message("order-1", Map.of("jobId", 1L));
        Exchange second = message("order-1", Map.of("jobId", 2L));
        Exchange redelivered = message("order-1", Map.of("jobId", 1L));

        assertThat(producer.idempotencySeed(first)).isNotEqualTo(producer.idempotencySeed(second));
        assertThat(producer.idempotencySeed(first)).isEqualTo(producer.idempotencySeed(redelivered));
    }

    private Exchange message(String messageId, Map<String, Object> fields) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setMessageId(messageId);
        exchange.getMessage().setHeader(DatabricksConstants.REQUEST_FIELDS, fields);
        return exchange;
    }
}
