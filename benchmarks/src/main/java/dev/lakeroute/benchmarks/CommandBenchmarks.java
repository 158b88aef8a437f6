package dev.lakeroute.benchmarks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.compute.Command;
import com.databricks.sdk.service.compute.CommandStatusResponse;
import com.databricks.sdk.service.compute.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * B4: {@code databricks:command} round trip of {@code 1+1} on a warm shared scala context, default options,
 * against the raw HTTP 1.2 calls a curl script makes (execute, then status with a fixed 100 ms sleep) and the
 * SDK's command waiter, interleaved per repetition; plus cold context creation. B5: a fresh JVM from start to the first command result.
 */
final class CommandBenchmarks {
    static final ObjectMapper JSON = new ObjectMapper();
    private final boolean quick;

    CommandBenchmarks(boolean quick) {
        this.quick = quick;
    }

    void b4(Report report) throws Exception {
        int repetitions = quick ? 3 : 5;
        int callsPerRepetition = quick ? 2 : 10;
        report.section("B4", "databricks:command `1+1` on a warm scala context with default options, " + callsPerRepetition
                + " sequential calls per repetition, against raw HTTP and the SDK's command waiter; cold context creation once per repetition");
        try (DatabricksLocal local = DatabricksLocal.builder().spark().clusterStartDelay(Duration.ZERO).start()) {
            RawClient raw = new RawClient(local.url(), local.token());
            String clusterId = createRunningCluster(raw, "b4");
            String rawContext = createContext(raw, clusterId);
            String sdkContext = createContext(raw, clusterId);
            WorkspaceClient sdk = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
            try (CamelContext camel = Components.camel("b4", local.url(), local.token())) {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:command").to("databricks:command?lang=scala&clusterId=" + clusterId + "&contextPolicy=shared");
                    }
                });
                camel.start();
                ProducerTemplate template = camel.createProducerTemplate();
                // Warm-up: the shared context is created here, and the REPLs compile their first lines.
                for (int i = 0; i < 3; i++) {
                    check(template.requestBody("direct:command", "1+1", String.class));
                    check(rawCommand(raw, clusterId, rawContext, "1+1"));
                    check(sdkCommand(sdk, clusterId, sdkContext, "1+1"));
                }
                List<Double> rawMs = new ArrayList<>();
                List<Double> routeMs = new ArrayList<>();
                List<Double> sdkMs = new ArrayList<>();
                List<Double> coldMs = new ArrayList<>();
                for (int r = 0; r < repetitions; r++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < callsPerRepetition; i++) {
                        check(rawCommand(raw, clusterId, rawContext, "1+1"));
                    }
                    rawMs.add((System.nanoTime() - start) / 1e6 / callsPerRepetition);
                    start = System.nanoTime();
                    for (int i = 0; i < callsPerRepetition; i++) {
                        check(template.requestBody("direct:command", "1+1", String.class));
                    }
                    routeMs.add((System.nanoTime() - start) / 1e6 / callsPerRepetition);
                    start = System.nanoTime();
                    for (int i = 0; i < callsPerRepetition; i++) {
                        check(sdkCommand(sdk, clusterId, sdkContext, "1+1"));
                    }
                    sdkMs.add((System.nanoTime() - start) / 1e6 / callsPerRepetition);
                    start = System.nanoTime();
                    String cold = createContext(raw, clusterId);
                    coldMs.add((System.nanoTime() - start) / 1e6);
                    raw.post("/api/1.2/contexts/destroy", "{\"clusterId\":\"" + clusterId + "\",\"contextId\":\"" + cold + "\"}");
                }
                Stats rawStats = new Stats(rawMs);
                Stats routeStats = new Stats(routeMs);
                Stats sdkStats = new Stats(sdkMs);
                Stats coldStats = new Stats(coldMs);
                report.row("raw HTTP 1.2: execute + status poll, fixed 100 ms sleep", rawStats.format("ms/command"));
                report.row("databricks-sdk-java: commandExecution().execute(…).get()", sdkStats.format("ms/command"));
                report.row("databricks:command route (default options)", routeStats.format("ms/command"));
                report.row("cold scala context: contexts/create until Running (raw, 20 ms poll)", coldStats.format("ms"));
                Stats ratio = routeStats.over(rawStats);
                Stats sdkRatio = routeStats.over(sdkStats);
                report.row("route / raw warm", ratio.format("×") + " — target ≤ 1.1");
                report.row("route / SDK warm", sdkRatio.format("×"));
                report.figure(String.format(Locale.ROOT, "B4 ratio_vs_raw_warm=%.2f ratio_vs_sdk_warm=%.2f cold_context_ms=%.0f",
                        ratio.median(), sdkRatio.median(), coldStats.median()));
            }
        }
    }

    /** The SDK's command waiter: commands/execute, then its own status poll loop (sleeps between probes). */
    private static String sdkCommand(WorkspaceClient sdk, String clusterId, String contextId, String code) throws Exception {
        CommandStatusResponse status = sdk.commandExecution().execute(new Command().setClusterId(clusterId).setContextId(contextId)
                .setLanguage(Language.SCALA).setCommand(code)).get(Duration.ofMinutes(2));
        return status.getResults() == null ? null : String.valueOf(status.getResults().getData());
    }

    void b5(Report report) throws Exception {
        // --quick: one fresh JVM; its spread is small (14.43–14.50 s over 3 on 2026-12-03).
        int repetitions = quick ? 1 : 5;
        report.section("B5", "fresh JVM: embedded databricks-local with Spark + clusters/create until RUNNING + "
                + "first `sc.parallelize(1 to 10).collect` through databricks:command, " + repetitions + " repetitions");
        List<Double> total = new ArrayList<>();
        List<Double> inProcess = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            Map<String, Double> child = firstResultChild("0");
            total.add(child.get("TOTAL"));
            inProcess.add(child.get("IN_PROCESS_S"));
        }
        Stats totalStats = new Stats(total);
        report.row("JVM start → first result printed", totalStats.format("s") + " — target ≤ 20");
        report.row("of which in main(): start + cluster RUNNING + first command", new Stats(inProcess).format("s"));
        report.figure(String.format(Locale.ROOT, "B5 first_result_s=%.1f", totalStats.median()));
    }

    /** B5's flow with a 2-worker cluster (m5d.large: 1 core, 512m per worker): standalone Master, 2 Worker JVMs, 2 executors. */
    void b9(Report report) throws Exception {
        int repetitions = quick ? 1 : 3;
        report.section("B9", "as B5 with a 2-worker cluster (Spark standalone Master + 2 Worker JVMs), " + repetitions + " repetitions");
        List<Double> running = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            Map<String, Double> child = firstResultChild("2");
            running.add(child.get("RUNNING_S"));
            total.add(child.get("TOTAL"));
        }
        Stats runningStats = new Stats(running);
        report.row("clusters/create → RUNNING (every executor registered)", runningStats.format("s") + " — target ≤ 60");
        report.row("JVM start → first result printed", new Stats(total).format("s"));
        report.figure(String.format(Locale.ROOT, "B9 two_workers_running_s=%.1f", runningStats.median()));
    }

    /** Runs {@link FirstResultMain} in a fresh JVM; its timings by name, plus TOTAL (JVM start → result printed). */
    private static Map<String, Double> firstResultChild(String numWorkers) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                FirstResultMain.class.getName(), numWorkers).redirectErrorStream(true).start();
        Map<String, Double> timings = new java.util.HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("FIRST_RESULT ")) {
                    timings.put("TOTAL", (System.nanoTime() - start) / 1e9);
                } else if (line.startsWith("IN_PROCESS_S ") || line.startsWith("RUNNING_S ")) {
                    String[] parts = line.split(" ");
                    timings.put(parts[0], Double.parseDouble(parts[1].trim()));
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!timings.containsKey("TOTAL")) {
            throw new IllegalStateException("The first-result JVM (" + numWorkers + " workers) printed no result (exit " + process.exitValue() + ")");
        }
        return timings;
    }

    /** A single-node cluster (one driver JVM, {@code local[*]}), as the README example creates. */
    static String createRunningCluster(RawClient raw, String name) throws Exception {
        return createRunningCluster(raw, name, 0, "i3.xlarge");
    }

    static String createRunningCluster(RawClient raw, String name, int numWorkers, String nodeType) throws Exception {
        String created = raw.post("/api/2.1/clusters/create", "{\"cluster_name\":\"" + name
                + "\",\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"" + nodeType + "\",\"num_workers\":" + numWorkers + "}");
        String clusterId = JSON.readTree(created).path("cluster_id").asText();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            String state = JSON.readTree(raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId)).path("state").asText();
            if ("RUNNING".equals(state)) {
                return clusterId;
            }
            if (System.nanoTime() > deadline || "TERMINATED".equals(state) || "ERROR".equals(state)) {
                throw new IllegalStateException("cluster " + clusterId + " did not reach RUNNING: " + state);
            }
            Thread.sleep(100);
        }
    }

    /** contexts/create, then contexts/status every 20 ms until Running. */
    private static String createContext(RawClient raw, String clusterId) throws Exception {
        String id = JSON.readTree(raw.post("/api/1.2/contexts/create",
                "{\"clusterId\":\"" + clusterId + "\",\"language\":\"scala\"}")).path("id").asText();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            String status = JSON.readTree(raw.get("/api/1.2/contexts/status?clusterId=" + clusterId + "&contextId=" + id))
                    .path("status").asText();
            if ("Running".equals(status)) {
                return id;
            }
            if (System.nanoTime() > deadline || "Error".equals(status)) {
                throw new IllegalStateException("context " + id + " did not reach Running: " + status);
            }
            Thread.sleep(20);
        }
    }

    /** What a curl script does: commands/execute, then commands/status with a fixed 100 ms sleep between polls. */
    private static String rawCommand(RawClient raw, String clusterId, String contextId, String code) throws Exception {
        String body = "{\"clusterId\":\"" + clusterId + "\",\"contextId\":\"" + contextId
                + "\",\"language\":\"scala\",\"command\":" + JSON.writeValueAsString(code) + "}";
        String commandId = JSON.readTree(raw.post("/api/1.2/commands/execute", body)).path("id").asText();
        String query = "/api/1.2/commands/status?clusterId=" + clusterId + "&contextId=" + contextId + "&commandId="
                + URLEncoder.encode(commandId, StandardCharsets.UTF_8);
        while (true) {
            JsonNode status = JSON.readTree(raw.get(query));
            String state = status.path("status").asText();
            if ("Finished".equals(state)) {
                return status.path("results").path("data").asText();
            }
            if ("Error".equals(state) || "Cancelled".equals(state)) {
                throw new IllegalStateException("command " + commandId + ": " + status);
            }
            Thread.sleep(100);
        }
    }

    private static void check(String result) {
        if (result == null || !result.contains("2")) {
            throw new IllegalStateException("unexpected command result: " + result);
        }
    }
}
