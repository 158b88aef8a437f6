package dev.lakeroute.camel.databricks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.support.SafeExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's worker pool queues what its busy threads cannot take at once: a completion handed to it must
 * never run on the thread that hands it over (the HTTP client's I/O thread, under load).
 */
class WorkerPoolTest {

    @Test
    void tasksBeyondTheBusyWorkersWaitInTheQueueInsteadOfRunningOnTheSubmittingThread() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            DatabricksComponent component = TestComponents.pointedAt("http://127.0.0.1:1", "dapi-test");
            camel.addComponent("databricks", component);
            camel.start();
            camel.getEndpoint("databricks:clusters/list");
            SafeExecutor worker = component.runtime().worker();
            CountDownLatch release = new CountDownLatch(1);
            int busy = 64;
            for (int i = 0; i < busy; i++) {
                worker.execute(() -> {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            CompletableFuture<String> ranOn = new CompletableFuture<>();
            long start = System.nanoTime();
            worker.execute(() -> ranOn.complete(Thread.currentThread().getName()));

            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("handing over does not wait").isLessThan(5_000);
            assertThat(ranOn).as("queued behind the busy workers").isNotDone();
            release.countDown();
            assertThat(ranOn.get(10, TimeUnit.SECONDS)).contains("DatabricksWorker").isNotEqualTo(Thread.currentThread().getName());
        }
    }
}
