package dev.lakeroute.camel.databricks.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Camel context joins a statement's query_tags without displacing the route's own. */
class QueryTagsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void routeExchangeAndBusinessKeyAreAddedAsQueryTags() throws Exception {
        JsonNode tags = QueryTags.with(null, "nightly-report", "ID-1", "order-42");
        assertThat(tags).isEqualTo(JSON.readTree("""
                [{"key":"camel_route_id","value":"nightly-report"},{"key":"camel_exchange_id","value":"ID-1"},
                 {"key":"camel_business_key","value":"order-42"}]"""));
    }

    @Test
    void theRequestsOwnTagsComeFirstAndWinForTheSameKeyAndNoBusinessKeyAddsNone() throws Exception {
        JsonNode given = JSON.readTree("[{\"key\":\"team\",\"value\":\"eng\"},{\"key\":\"camel_route_id\",\"value\":\"mine\"}]");
        JsonNode tags = QueryTags.with(given, "nightly-report", "ID-1", null);
        assertThat(tags).isEqualTo(JSON.readTree("""
                [{"key":"team","value":"eng"},{"key":"camel_route_id","value":"mine"},
                 {"key":"camel_exchange_id","value":"ID-1"}]"""));
    }
}
