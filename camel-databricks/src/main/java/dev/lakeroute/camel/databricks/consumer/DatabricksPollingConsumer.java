package dev.lakeroute.camel.databricks.consumer;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.poll.PollScheduler;
import dev.lakeroute.camel.databricks.step.ProducerScope;

/**
 * A {@code databricks:} sensor: every poll asks its {@link Sensor} for what is new, oldest first, and
 * sends each item not yet in the {@link IdempotentRepository} through the route. An item is added to
 * the repository only once the route processed it without an exception, so a failed one is offered
 * again at the next poll, and a new consumer (a restart) with the same repository does not emit it twice.
 * Camel's scheduled-poll options apply ({@code delay}, {@code initialDelay}, {@code backoff*},
 * {@code greedy}, {@code scheduler}); {@code delay} defaults to {@value #DEFAULT_DELAY} ms here.
 */
public class DatabricksPollingConsumer extends ScheduledPollConsumer {

    /** Polls of a Databricks API count against its rate limits: half a second, Camel's default, is too eager. */
    public static final long DEFAULT_DELAY = 5000;
    /** Large enough for a directory of files or a job's history; the default repository is per consumer. */
    static final int MEMORY_REPOSITORY_SIZE = 100_000;
    /** How long a stop waits for a poll's statement to be cancelled, as a producer's stop does for its work. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(DatabricksPollingConsumer.class);

    private final String operation;
    private final Sensor.Factory sensorFactory;
    private final Supplier<PollScheduler> poller;
    private final IdempotentRepository repository;
    private final boolean ownRepository;
    private Sensor sensor;
    private volatile ProducerScope scope;
    private volatile Instant lastPoll;
    private volatile Instant lastSuccessfulPoll;
    private volatile String lastFailure;

    /**
     * @param sensorFactory creates the sensor when the consumer starts
     * @param poller        the component's timer for the polls' waits, there once the component started
     * @param repository    the configured repository, or null for an in-memory one of this consumer's own
     */
    DatabricksPollingConsumer(ScheduledPollEndpoint endpoint, Processor processor, String operation,
                              Sensor.Factory sensorFactory, Supplier<PollScheduler> poller, IdempotentRepository repository) {
        super(endpoint, processor);
        this.operation = operation;
        this.sensorFactory = sensorFactory;
        this.poller = poller;
        this.ownRepository = repository == null;
        this.repository = repository != null ? repository
                : MemoryIdempotentRepository.memoryIdempotentRepository(MEMORY_REPOSITORY_SIZE);
    }

    public IdempotentRepository getIdempotentRepository() {
        return repository;
    }

    public String getOperation() {
        return operation;
    }

    /** When the last poll started; null before the first. */
    public Instant getLastPoll() {
        return lastPoll;
    }

    /** When the last poll that got its answer started; null if none did. */
    public Instant getLastSuccessfulPoll() {
        return lastSuccessfulPoll;
    }

    /** Why the last poll failed; null when it succeeded. */
    public String getLastFailure() {
        return lastFailure;
    }

    @Override
    protected void doStart() throws Exception {
        if (((ScheduledPollEndpoint) getEndpoint()).getDelay() < 0) {
            setDelay(DEFAULT_DELAY);
        }
        ServiceHelper.startService(repository);
        scope = new ProducerScope(poller.get());
        sensor = sensorFactory.create(System.currentTimeMillis(), scope);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        // First, so a poll waiting for its statement is released (the statement cancelled) before the scheduler stops.
        ProducerScope current = scope;
        if (current != null) {
            current.stop(STOP_GRACE);
        }
        super.doStop();
        if (ownRepository) {
            ServiceHelper.stopService(repository);
        }
    }

    /**
     * When the sensor's call fails, Camel's consumer health check (camel.health.consumersEnabled) reports DOWN with
     * the consecutive failures; these details add when the last poll succeeded and what Databricks answered.
     */
    @Override
    protected int poll() throws Exception {
        lastPoll = Instant.now();
        List<SensorItem> items;
        try {
            items = sensor.poll(repository::contains);
        } catch (Exception e) {
            Throwable cause = dev.lakeroute.camel.databricks.support.Failures.unwrap(e);
            lastFailure = cause.getMessage();
            addLastErrorDetail("databricks.last.successful.poll", lastSuccessfulPoll == null ? "never" : lastSuccessfulPoll.toString());
            if (cause instanceof DatabricksException known && known.getHttpStatus() > 0) {
                addLastErrorDetail("http.response.code", known.getHttpStatus());
                if (known.getErrorCode() != null) {
                    addLastErrorDetail("databricks.error.code", known.getErrorCode());
                }
            }
            throw e;
        }
        lastSuccessfulPoll = lastPoll;
        lastFailure = null;
        int emitted = 0;
        for (SensorItem item : items) {
            if (!isRunAllowed()) {
                break;
            }
            if (repository.contains(item.key())) {
                continue;
            }
            if (!item.emitted()) {
                repository.add(item.key());
                continue;
            }
            if (emit(item)) {
                emitted++;
            }
        }
        LOG.debug("databricks:{} poll found {} new item(s), emitted {}", operation, items.size(), emitted);
        return emitted;
    }

    /** Sends one item through the route; remembers it only when the route succeeded. */
    private boolean emit(SensorItem item) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setBody(item.body());
            message.getHeaders().putAll(item.headers());
            message.setHeader(DatabricksConstants.SENSOR_KEY, item.key());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("databricks:" + operation + " could not process " + item.key()
                                                      + "; it is offered again at the next poll", exchange, exchange.getException());
                return false;
            }
            repository.add(item.key());
            repository.confirm(item.key());
            return true;
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
