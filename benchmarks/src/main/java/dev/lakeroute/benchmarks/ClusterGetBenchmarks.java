package dev.lakeroute.benchmarks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * B1: per-call cost of {@code databricks:clusters/get} through a route against a raw JDK HttpClient and
 * the Databricks SDK, interleaved per repetition. B6: the control plane's clusters/get throughput.
 */
final class ClusterGetBenchmarks {
    private final DatabricksLocal local;
    private final boolean quick;
    private final RawClient raw;
    private final String clusterId;

    ClusterGetBenchmarks(DatabricksLocal local, boolean quick) throws Exception {
        this.local = local;
        this.quick = quick;
        this.raw = new RawClient(local.url(), local.token());
        String created = raw.post("/api/2.1/clusters/create",
                "{\"cluster_name\":\"bench\",\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":1}");
        this.clusterId = new ObjectMapper().readTree(created).path("cluster_id").asText();
    }

    void b1(Report report) throws Exception {
        int calls = quick ? 1_000 : 10_000;
        int threads = 8;
        int repetitions = 5;
        report.section("B1", "clusters/get per call, " + calls + " calls, " + threads + " concurrent");
        WorkspaceClient sdk = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        try (CamelContext camel = new DefaultCamelContext()) {
            DatabricksComponent component = new DatabricksComponent();
            component.getConfiguration().setHost(local.url());
            component.getConfiguration().setToken(local.token());
            camel.addComponent("databricks", component);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:get").to("databricks:clusters/get?clusterId=" + clusterId);
                    from("direct:getSync").to("databricks:clusters/get?synchronous=true&clusterId=" + clusterId);
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();

            // Warm-up: JIT, connection pools and the server's caches, for all three alike.
            Load.fixedCalls(threads, calls / 2, () -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId));
            Load.fixedCalls(threads, calls / 2, () -> sdk.clusters().get(clusterId));
            Load.fixedCalls(threads, calls / 2, () -> template.requestBody("direct:get", (Object) null));
            Load.fixedCalls(threads, calls / 2, () -> template.requestBody("direct:getSync", (Object) null));

            List<Double> rawUs = new ArrayList<>();
            List<Double> sdkUs = new ArrayList<>();
            List<Double> camelUs = new ArrayList<>();
            List<Double> syncUs = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                rawUs.add(Load.fixedCalls(threads, calls, () -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId)) * 1000 / calls);
                sdkUs.add(Load.fixedCalls(threads, calls, () -> sdk.clusters().get(clusterId)) * 1000 / calls);
                camelUs.add(Load.fixedCalls(threads, calls, () -> template.requestBody("direct:get", (Object) null)) * 1000 / calls);
                syncUs.add(Load.fixedCalls(threads, calls, () -> template.requestBody("direct:getSync", (Object) null)) * 1000 / calls);
            }
            Stats rawStats = new Stats(rawUs);
            Stats sdkStats = new Stats(sdkUs);
            Stats camelStats = new Stats(camelUs);
            Stats syncStats = new Stats(syncUs);
            report.row("raw JDK HttpClient", rawStats.format("µs/call"));
            report.row("databricks-sdk-java", sdkStats.format("µs/call"));
            report.row("databricks:clusters/get route", camelStats.format("µs/call"));
            report.row("the route with synchronous=true", syncStats.format("µs/call"));
            Stats vsRaw = camelStats.over(rawStats);
            Stats vsSdk = camelStats.over(sdkStats);
            report.row("route / raw", vsRaw.format("×") + " — target ≤ 1.15");
            report.row("route / SDK", vsSdk.format("×") + " — target ≤ 1.0");
            Stats syncVsSdk = syncStats.over(sdkStats);
            report.row("synchronous=true route / SDK", syncVsSdk.format("×") + " — target ≤ 1.0");
            report.row("synchronous=true route / default route", syncStats.over(camelStats).format("×"));
            report.figure(String.format(Locale.ROOT, "B1 ratio_vs_raw=%.2f ratio_vs_sdk=%.2f synchronous_vs_sdk=%.2f", vsRaw.median(),
                    vsSdk.median(), syncVsSdk.median()));
        }
    }

    void b6(Report report) throws Exception {
        int clients = 64;
        long millis = quick ? 1_000 : 5_000;
        report.section("B6", "control plane clusters/get throughput, " + clients + " concurrent clients, " + millis + " ms per repetition");
        Load.throughput(clients, millis / 2, () -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId));
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < (quick ? 3 : 5); i++) {
            rates.add(Load.throughput(clients, millis, () -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId)));
        }
        Stats stats = new Stats(rates);
        int cores = Runtime.getRuntime().availableProcessors();
        report.row("requests/s (server and clients share " + cores + " cores)", stats.format("req/s"));
        report.row("per core", String.format(Locale.ROOT, "%.0f req/s", stats.median() / cores));
        report.figure(String.format(Locale.ROOT, "B6 req_per_s=%.0f per_core=%.0f target>=5000", stats.median(), stats.median() / cores));
    }
}
