package dev.lakeroute.camel.databricks.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingThreadTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "pool"));
    private final ExecutorService others = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        others.shutdownNow();
    }

    @Test
    void continuationsHandedToItRunOnTheWaitingThreadUntilTheFutureCompletes() {
        WaitingThread waiting = new WaitingThread(pool);
        List<String> ranOn = new CopyOnWriteArrayList<>();
        CompletableFuture<String> answer = new CompletableFuture<>();
        CompletableFuture<String> done = waiting.start(() -> answer.thenApplyAsync(value -> {
            ranOn.add(Thread.currentThread().getName());
            return value + "!";
        }, WaitingThread.current()));
        others.execute(() -> answer.complete("answer"));

        assertThat(waiting.runUntil(done)).isTrue();

        assertThat(done.join()).isEqualTo("answer!");
        assertThat(ranOn).containsExactly(Thread.currentThread().getName());
        assertThat(WaitingThread.current()).as("only while the exchange is worked on").isNull();
    }

    @Test
    void tasksThatArriveAfterTheWaitGoToThePoolAndEachRunsOnce() throws Exception {
        WaitingThread waiting = new WaitingThread(pool);
        CompletableFuture<Void> done = new CompletableFuture<>();
        List<String> ranOn = new CopyOnWriteArrayList<>();
        // Many tasks race the end of the wait: each runs exactly once, here or on the pool.
        CompletableFuture<?>[] senders = new CompletableFuture<?>[200];
        for (int i = 0; i < senders.length; i++) {
            int n = i;
            senders[i] = CompletableFuture.runAsync(() -> {
                waiting.execute(() -> ranOn.add(Thread.currentThread().getName()));
                if (n == 100) {
                    done.complete(null);
                }
            }, others);
        }
        assertThat(waiting.runUntil(done)).isTrue();
        CompletableFuture.allOf(senders).get(10, TimeUnit.SECONDS);
        pool.submit(() -> { }).get(10, TimeUnit.SECONDS);

        assertThat(ranOn).hasSize(200).allMatch(name -> name.equals("pool") || name.equals(Thread.currentThread().getName()));
    }

    @Test
    void closingWithoutWaitingHandsWhatWasQueuedAndWhatComesLaterToThePool() throws Exception {
        WaitingThread waiting = new WaitingThread(pool);
        CompletableFuture<String> queued = new CompletableFuture<>();
        waiting.execute(() -> queued.complete(Thread.currentThread().getName()));

        waiting.close();
        CompletableFuture<String> later = new CompletableFuture<>();
        waiting.execute(() -> later.complete(Thread.currentThread().getName()));

        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("pool");
        assertThat(later.get(10, TimeUnit.SECONDS)).isEqualTo("pool");
    }

    @Test
    void anInterruptEndsTheWaitAndLeavesTheRestToThePool() throws Exception {
        WaitingThread waiting = new WaitingThread(pool);
        CompletableFuture<String> never = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        try {
            assertThat(waiting.runUntil(never)).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt stays set").isTrue();
        } finally {
            Thread.interrupted();
        }
        CompletableFuture<String> later = new CompletableFuture<>();
        waiting.execute(() -> later.complete(Thread.currentThread().getName()));

        assertThat(later.get(10, TimeUnit.SECONDS)).isEqualTo("pool");
    }
}
