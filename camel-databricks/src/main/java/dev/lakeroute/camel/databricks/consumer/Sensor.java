package dev.lakeroute.camel.databricks.consumer;

import java.util.List;
import java.util.function.Predicate;

import dev.lakeroute.camel.databricks.step.ProducerScope;

/**
 * What one kind of polling consumer asks the API: the items of one poll that are not yet known,
 * oldest first. {@code known} tells whether an item key was already processed, so a sensor can stop
 * paging once it reaches what it has seen.
 */
interface Sensor {

    List<SensorItem> poll(Predicate<String> known) throws Exception;

    /** Creates a consumer's sensor each time the consumer starts; its options were checked when the consumer was created. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param start the consumer's start time (epoch ms)
         * @param scope the waits of this run of the consumer (a SQL sensor's statements), ended when it stops
         */
        Sensor create(long start, ProducerScope scope);
    }
}
