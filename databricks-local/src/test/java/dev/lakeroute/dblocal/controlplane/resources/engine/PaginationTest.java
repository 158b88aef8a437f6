package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Each pagination style of the resource stores, walked page by page over raw HTTP. */
class PaginationTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private RawHttp http;
    private String suffix;

    @BeforeEach
    void connect() {
        http = RawHttp.bearer(local.url(), local.token());
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Follows next_page_token until it is absent; returns every item's value of {@code field}. */
    private List<String> walkTokens(Function<String, String> pageUrl, String listField, String field, int pageSize) {
        List<String> seen = new ArrayList<>();
        String token = "";
        for (int pages = 0; pages < 100; pages++) {
            JsonNode page = http.get(pageUrl.apply(token)).json();
            assertThat(page.path(listField).size()).isLessThanOrEqualTo(pageSize);
            page.path(listField).forEach(item -> seen.add(item.path(field).asText()));
            if (!page.hasNonNull("next_page_token")) {
                return seen;
            }
            token = page.path("next_page_token").asText();
        }
        throw new AssertionError("pagination did not end");
    }

    @Test
    void unityCatalogPagesWithMaxResultsAndPageToken() {
        String catalog = "pages_" + suffix;
        http.post("/api/2.1/unity-catalog/catalogs", "{\"name\":\"" + catalog + "\"}");
        for (int i = 0; i < 5; i++) {
            http.post("/api/2.1/unity-catalog/schemas", "{\"catalog_name\":\"" + catalog + "\",\"name\":\"s" + i + "\"}");
        }
        List<String> names = walkTokens(token -> "/api/2.1/unity-catalog/schemas?catalog_name=" + catalog + "&max_results=2&page_token=" + token,
                "schemas", "name", 2);
        assertThat(names).doesNotHaveDuplicates().hasSize(7).contains("s0", "s4", "default", "information_schema");
        assertThat(http.get("/api/2.1/unity-catalog/schemas?catalog_name=" + catalog).json().path("schemas")).hasSize(7);
    }

    @Test
    void mlflowSearchPagesWithMaxResultsInTheBody() {
        String experiment = http.post("/api/2.0/mlflow/experiments/create", "{\"name\":\"/pages-" + suffix + "\"}").json()
                .path("experiment_id").asText();
        for (int i = 0; i < 5; i++) {
            http.post("/api/2.0/mlflow/runs/create", "{\"experiment_id\":\"" + experiment + "\",\"run_name\":\"r" + i + "\",\"start_time\":" + i + "}");
        }
        List<String> runs = new ArrayList<>();
        String token = null;
        do {
            String body = "{\"experiment_ids\":[\"" + experiment + "\"],\"max_results\":2" + (token == null ? "" : ",\"page_token\":\"" + token + "\"") + "}";
            JsonNode page = http.post("/api/2.0/mlflow/runs/search", body).json();
            assertThat(page.path("runs").size()).isLessThanOrEqualTo(2);
            page.path("runs").forEach(run -> runs.add(run.path("info").path("run_name").asText()));
            token = page.hasNonNull("next_page_token") ? page.path("next_page_token").asText() : null;
        } while (token != null);
        assertThat(runs).containsExactly("r4", "r3", "r2", "r1", "r0");
    }

    @Test
    void warehousesPageWithPageSize() {
        for (int i = 0; i < 3; i++) {
            http.post("/api/2.0/sql/warehouses", "{\"name\":\"pw" + i + "-" + suffix + "\"}");
        }
        List<String> names = walkTokens(token -> "/api/2.0/sql/warehouses?page_size=1&page_token=" + token, "warehouses", "name", 1);
        assertThat(names).doesNotHaveDuplicates().contains("pw0-" + suffix, "pw1-" + suffix, "pw2-" + suffix);
    }

    @Test
    void pipelinesPageWithMaxResults() {
        for (int i = 0; i < 3; i++) {
            http.post("/api/2.0/pipelines", "{\"name\":\"pp" + i + "-" + suffix + "\"}");
        }
        List<String> names = walkTokens(token -> "/api/2.0/pipelines?max_results=2&page_token=" + token, "statuses", "name", 2);
        assertThat(names).doesNotHaveDuplicates().contains("pp0-" + suffix, "pp1-" + suffix, "pp2-" + suffix);
    }

    @Test
    void scimPagesWithStartIndexAndCount() {
        for (int i = 0; i < 5; i++) {
            http.post("/api/2.0/preview/scim/v2/Groups", "{\"displayName\":\"pg" + i + "-" + suffix + "\"}");
        }
        String filter = java.net.URLEncoder.encode("displayName ew \"-" + suffix + "\"", java.nio.charset.StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (int start = 1; ; ) {
            JsonNode page = http.get("/api/2.0/preview/scim/v2/Groups?count=2&startIndex=" + start + "&filter=" + filter).json();
            assertThat(page.path("totalResults").asInt()).isEqualTo(5);
            if (page.path("Resources").isEmpty()) {
                break;
            }
            page.path("Resources").forEach(group -> names.add(group.path("displayName").asText()));
            start += page.path("itemsPerPage").asInt();
        }
        assertThat(names).doesNotHaveDuplicates().hasSize(5);
    }
}
