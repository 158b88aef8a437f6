package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;

import static org.assertj.core.api.Assertions.assertThat;

/** paginate=true across several pages of databricks-local (page size 2). */
class PaginationTest extends DatabricksLocalTestSupport {

    @Test
    void secretScopesAndTokensAcrossPages() {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            Exchange e = exchange("databricks:preview/scim/v2/Users/create",
                    Map.of("userName", prefix + i + "@example.com"));
            skipIfNotServed(e.getException(), "preview/scim/v2/Users/create");
            assertThat(e.getException()).isNull();
        }
        Exchange all = exchange("databricks:preview/scim/v2/Users/list?paginate=true&param.count=2", null);
        assertThat(all.getException()).isNull();
        List<?> users = all.getMessage().getBody(List.class);
        assertThat(users).filteredOn(u -> String.valueOf(((Map<?, ?>) u).get("userName")).startsWith(prefix)).hasSize(5);
        assertThat(all.getMessage().getHeader(DatabricksConstants.PAGE_COUNT, Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void clustersListByPageToken() {
        for (int i = 0; i < 3; i++) {
            Exchange e = exchange("databricks:clusters/create", Map.of("cluster_name", "page-" + i,
                    "spark_version", "15.4.x-scala2.12", "node_type_id", "i3.xlarge", "num_workers", 0));
            skipIfNotServed(e.getException(), "clusters/create");
        }
        Exchange all = exchange("databricks:clusters/list?paginate=true&param.page_size=2", null);
        assertThat(all.getException()).isNull();
        assertThat(all.getMessage().getBody(List.class)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.getMessage().getHeader(DatabricksConstants.PAGE_COUNT, Integer.class)).isGreaterThanOrEqualTo(2);
    }
}
