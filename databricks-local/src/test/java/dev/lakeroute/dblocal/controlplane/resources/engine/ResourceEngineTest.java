package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.auth.Authenticator;
import dev.lakeroute.dblocal.auth.TokenRegistry;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.QueryHistory;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.QueryRecord;
import dev.lakeroute.dblocal.faults.FaultInjector;
import dev.lakeroute.dblocal.http.ApiServer;
import dev.lakeroute.dblocal.http.RawHttp;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic engine on a server of its own, serving two specs made up for the test: a classic 2.0
 * family (400 for unknown ids, offset pagination, id-only create answer) and a REST child family.
 */
class ResourceEngineTest {
    private static final String TOKEN = "dapi-engine-test";
    @TempDir
    static Path dataDir;
    private static Vertx vertx;
    private static ScheduledExecutorService scheduler;
    private static ApiServer server;
    private static RawHttp http;
    private static QueryHistory history;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        scheduler = Executors.newSingleThreadScheduledExecutor();
        var store = new dev.lakeroute.dblocal.store.StateStore(dataDir);
        TokenRegistry tokens = new TokenRegistry(store.collection("tokens"), Clock.systemUTC());
        ServerContext context = new ServerContext(null, store, tokens, Clock.systemUTC(), scheduler, null, () -> "http://127.0.0.1");
        history = new QueryHistory(context);
        ResourceApi api = new ResourceApi(context, registry -> List.of(new Widgets(), history));
        server = new ApiServer(vertx, new Authenticator(TOKEN, tokens), new FaultInjector(), store.tempDir(), router -> { }, List.of(api));
        http = RawHttp.bearer("http://127.0.0.1:" + server.listen("127.0.0.1", 0), TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
        scheduler.shutdownNow();
        vertx.close();
    }

    /** A classic family with an id-only create answer, and a REST child family inside it. */
    private static final class Widgets implements ResourceFamily {
        @Override
        public List<ResourceSpec> specs() {
            return List.of(ResourceSpec.builder("widgets", "Widget")
                            .id("widget_id", IdStrategy.numeric()).numericId()
                            .name("name")
                            .create(POST, "widgets/create")
                            .get(GET, "widgets/get", IdSource.field("widget_id"))
                            .list(GET, "widgets/list")
                            .update(POST, "widgets/edit", IdSource.field("widget_id"), UpdateMode.REPLACE)
                            .delete(POST, "widgets/delete", IdSource.field("widget_id"))
                            .listField("widgets")
                            .pagination(Pagination.offsets(2, 3))
                            .required("name", "size")
                            .unique("name")
                            .stamp(Stamp.createdAtMillis("created_at"), Stamp.createdBy("creator"), Stamp.fixed("state", "READY"))
                            .notFound(NotFoundStyle.CLASSIC_400, id -> "Widget " + id + " does not exist.")
                            .replies(Reply.fields("widget_id"), Reply.whole(), Reply.empty(), Reply.empty())
                            .build(),
                    ResourceSpec.builder("parts", "Part")
                            .id("full_name", IdStrategy.composite(List.of("widget_id", "name")))
                            .name("name")
                            .create(POST, "parts")
                            .get(GET, "parts/{full_name}", IdSource.path("full_name"))
                            .update(PATCH, "parts/{full_name}", IdSource.path("full_name"), UpdateMode.MERGE)
                            .required("widget_id", "name")
                            .parent(ParentRef.of("widgets", "widget_id"))
                            .build());
        }
    }

    private static long createWidget(String name) {
        RawHttp.Reply reply = http.post("/api/2.0/widgets/create", "{\"name\":\"" + name + "\",\"size\":1,\"state\":\"HACKED\"}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().size()).isEqualTo(1);
        return reply.json().path("widget_id").asLong();
    }

    @Test
    void createAnswersOnlyTheIdAndTheServerSetsItsOwnFields() {
        long id = createWidget("server-fields");
        JsonNode widget = http.get("/api/2.0/widgets/get?widget_id=" + id).json();
        assertThat(widget.path("widget_id").isNumber()).isTrue();
        assertThat(widget.path("state").asText()).isEqualTo("READY");
        assertThat(widget.path("creator").asText()).isEqualTo("admin@databricks.local");
        assertThat(widget.path("created_at").asLong()).isPositive();
    }

    @Test
    void errorsHaveDatabricksShapes() {
        RawHttp.Reply missingField = http.post("/api/2.0/widgets/create", "{\"name\":\"no-size\"}");
        assertThat(missingField.status()).isEqualTo(400);
        assertThat(missingField.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(missingField.json().path("message").asText()).isEqualTo("Missing required field: size");

        createWidget("taken");
        RawHttp.Reply duplicate = http.post("/api/2.0/widgets/create", "{\"name\":\"TAKEN\",\"size\":2}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");

        RawHttp.Reply unknownClassic = http.get("/api/2.0/widgets/get?widget_id=42");
        assertThat(unknownClassic.status()).isEqualTo(400);
        assertThat(unknownClassic.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(unknownClassic.json().path("message").asText()).isEqualTo("Widget 42 does not exist.");

        RawHttp.Reply noId = http.get("/api/2.0/widgets/get");
        assertThat(noId.json().path("message").asText()).isEqualTo("Missing required field: widget_id");

        RawHttp.Reply unknownRest = http.get("/api/2.0/parts/1.nothing");
        assertThat(unknownRest.status()).isEqualTo(404);
        assertThat(unknownRest.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");

        RawHttp.Reply orphan = http.post("/api/2.0/parts", "{\"widget_id\":\"999\",\"name\":\"bolt\"}");
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.json().path("message").asText()).isEqualTo("Widget 999 does not exist.");

        assertThat(http.get("/api/2.0/widgets/list?offset=-1").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void replaceDropsAbsentFieldsButKeepsServerFields() {
        long id = createWidget("replace-me");
        http.post("/api/2.0/widgets/edit", "{\"widget_id\":" + id + ",\"name\":\"replaced\",\"size\":3,\"color\":\"red\"}");
        http.post("/api/2.0/widgets/edit", "{\"widget_id\":" + id + ",\"name\":\"replaced\",\"size\":4}");
        JsonNode widget = http.get("/api/2.0/widgets/get?widget_id=" + id).json();
        assertThat(widget.path("size").asInt()).isEqualTo(4);
        assertThat(widget.has("color")).isFalse();
        assertThat(widget.path("state").asText()).isEqualTo("READY");
        assertThat(widget.path("created_at").asLong()).isPositive();
    }

    @Test
    void childrenComposeTheirIdAndBlockTheParentsDeletionUnlessForced() {
        long id = createWidget("parent");
        RawHttp.Reply part = http.post("/api/2.0/parts", "{\"widget_id\":\"" + id + "\",\"name\":\"bolt\"}");
        assertThat(part.json().path("full_name").asText()).isEqualTo(id + ".bolt");
        assertThat(http.post("/api/2.0/parts", "{\"widget_id\":\"" + id + "\",\"name\":\"bolt\"}").errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");

        RawHttp.Reply blocked = http.post("/api/2.0/widgets/delete", "{\"widget_id\":" + id + "}");
        assertThat(blocked.status()).isEqualTo(400);
        assertThat(blocked.json().path("message").asText()).contains("is not empty");
        assertThat(http.post("/api/2.0/widgets/delete", "{\"widget_id\":" + id + ",\"force\":true}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/parts/" + id + ".bolt").status()).isEqualTo(404);
    }

    @Test
    void offsetPaginationAnswersHasMore() {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            createWidget("paged-" + i);
        }
        RawHttp.Reply first = http.get("/api/2.0/widgets/list?limit=2");
        assertThat(first.json().path("widgets")).hasSize(2);
        assertThat(first.json().path("has_more").asBoolean()).isTrue();
        int total = 0;
        for (int offset = 0; ; offset += 3) {
            JsonNode page = http.get("/api/2.0/widgets/list?limit=50&offset=" + offset).json();
            assertThat(page.path("widgets").size()).isLessThanOrEqualTo(3);
            page.path("widgets").forEach(widget -> seen.add(widget.path("name").asText()));
            total += page.path("widgets").size();
            if (!page.path("has_more").asBoolean()) {
                break;
            }
        }
        assertThat(seen).doesNotHaveDuplicates().contains("paged-0", "paged-1", "paged-2", "paged-3");
        assertThat(total).isEqualTo(seen.size());
    }

    @Test
    void queryHistoryListsRecordedQueriesNewestFirstWithTokensAndFilters() {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            history.record(new QueryRecord("q-" + i, i % 2 == 0 ? "wh-even" : "wh-odd", "SELECT " + i, "FINISHED", "ada@example.com",
                    now + i, now + i + 10, (long) i, "SELECT", null));
        }
        history.record(new QueryRecord("q-5", "wh-even", "SELECT boom", "FAILED", "ada@example.com", now + 5, now + 6, null, "SELECT", "boom"));

        JsonNode first = http.get("/api/2.0/sql/history/queries?max_results=4").json();
        assertThat(first.path("res")).hasSize(4);
        assertThat(first.path("res").get(0).path("query_id").asText()).isEqualTo("q-5");
        assertThat(first.path("has_next_page").asBoolean()).isTrue();
        JsonNode second = http.get("/api/2.0/sql/history/queries?max_results=4&page_token=" + first.path("next_page_token").asText()).json();
        assertThat(second.path("res")).hasSize(2);
        assertThat(second.path("has_next_page").asBoolean()).isFalse();
        assertThat(second.has("next_page_token")).isFalse();

        JsonNode failedOnEven = http.get("/api/2.0/sql/history/queries?filter_by.warehouse_ids=wh-even&filter_by.statuses=FAILED").json();
        assertThat(failedOnEven.path("res")).singleElement().satisfies(q -> assertThat(q.path("error_message").asText()).isEqualTo("boom"));
        assertThat(http.get("/api/2.0/sql/history/queries?page_token=forged").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }
}
