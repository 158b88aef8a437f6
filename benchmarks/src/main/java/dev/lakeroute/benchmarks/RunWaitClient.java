package dev.lakeroute.benchmarks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.SparkPythonTask;
import com.databricks.sdk.service.jobs.SubmitRun;
import com.databricks.sdk.service.jobs.SubmitTask;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B2's child JVM, one side per process: {@code RunWaitClient route|sdk URL TOKEN CLUSTER_ID SCRIPT RUNS MIN_S MAX_S}
 * submits RUNS one-time runs of {@code time.sleep(N)} (N spread evenly over MIN_S..MAX_S) at once and waits for
 * all of them — the route through {@code databricks:jobs/runs/submit} (asynchronous: the caller is not held),
 * the SDK with {@code jobs().submit(...).get()} on a thread per run, as its waiter needs. Prints
 * {@code RESULT done= failed= wall_ms= slowest_run_ms= peak_threads= peak_heap_mb= baseline_heap_mb=}.
 */
public final class RunWaitClient {
    private static final String CONTEXT = "b2";

    private RunWaitClient() {
    }

    public static void main(String[] args) throws Exception {
        String side = args[0];
        String url = args[1];
        String token = args[2];
        String clusterId = args[3];
        String script = args[4];
        int runs = Integer.parseInt(args[5]);
        int minSeconds = Integer.parseInt(args[6]);
        int maxSeconds = Integer.parseInt(args[7]);
        AtomicInteger failed = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        long wall;
        Sampler sampler;
        if (side.equals("route")) {
            try (CamelContext camel = Components.camel(CONTEXT, url, token)) {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:submit").to("databricks:jobs/runs/submit?waitTimeout=10m&runTimeout=10m");
                    }
                });
                camel.start();
                AsyncProducer producer = camel.getEndpoint("direct:submit").createAsyncProducer();
                producer.start();
                sampler = new Sampler(thread -> Components.isComponentThread(CONTEXT, thread.getName()), 1000);
                CountDownLatch done = new CountDownLatch(runs);
                long start = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    Exchange exchange = new DefaultExchange(camel);
                    exchange.getIn().setBody(Map.of("run_name", "b2-route-" + i, "tasks", List.of(Map.of(
                            "task_key", "sleep", "existing_cluster_id", clusterId,
                            "spark_python_task", Map.of("python_file", script, "parameters", List.of(seconds(i, runs, minSeconds, maxSeconds)))))));
                    // The caller is not held: the callback fires when the run has ended and its state was read.
                    producer.process(exchange, doneSync -> {
                        if (exchange.getException() != null) {
                            failed.incrementAndGet();
                        } else {
                            slowest.accumulateAndGet(runMillis(exchange.getMessage().getBody(Map.class)), Math::max);
                        }
                        done.countDown();
                    });
                }
                if (!done.await(15, TimeUnit.MINUTES)) {
                    throw new IllegalStateException(done.getCount() + " of " + runs + " runs still waited for after 15 minutes");
                }
                wall = System.nanoTime() - start;
                sampler.close();
                producer.stop();
            }
        } else {
            WorkspaceClient sdk = new WorkspaceClient(new DatabricksConfig().setHost(url).setToken(token));
            sdk.clusters().get(clusterId);
            sampler = new Sampler(thread -> thread.getName().startsWith("sdk-wait-"), 1000);
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                int index = i;
                Thread thread = new Thread(() -> {
                    try {
                        Run run = sdk.jobs().submit(new SubmitRun().setRunName("b2-sdk-" + index).setTasks(List.of(new SubmitTask()
                                .setTaskKey("sleep").setExistingClusterId(clusterId).setSparkPythonTask(new SparkPythonTask()
                                        .setPythonFile(script).setParameters(List.of(seconds(index, runs, minSeconds, maxSeconds)))))))
                                .get(Duration.ofMinutes(10));
                        if (!"SUCCESS".equals(String.valueOf(run.getState().getResultState()))) {
                            failed.incrementAndGet();
                        }
                        slowest.accumulateAndGet(run.getEndTime() - run.getStartTime(), Math::max);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }, "sdk-wait-" + i);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            wall = System.nanoTime() - start;
            sampler.close();
        }
        System.out.println(String.format(Locale.ROOT,
                "RESULT done=%d failed=%d wall_ms=%d slowest_run_ms=%d peak_threads=%d peak_heap_mb=%.1f baseline_heap_mb=%.1f",
                runs - failed.get(), failed.get(), wall / 1_000_000, slowest.get(), sampler.peakThreads(),
                sampler.peakHeap() / 1048576.0, sampler.baselineHeap() / 1048576.0));
        System.exit(0);
    }

    /** Sleep lengths spread evenly over min..max seconds, so the slowest run is max. */
    static String seconds(int index, int runs, int min, int max) {
        return Integer.toString(runs == 1 ? max : min + (int) Math.round((double) index * (max - min) / (runs - 1)));
    }

    /** A run's life on the server: created to ended. */
    private static long runMillis(Map<?, ?> run) {
        return ((Number) run.get("end_time")).longValue() - ((Number) run.get("start_time")).longValue();
    }
}
