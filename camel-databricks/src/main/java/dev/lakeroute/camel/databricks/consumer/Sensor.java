package dev.lakeroute.camel.databricks.consumer;

import java.util.List;
import java.util.function.Predicate;

/**
 * What one kind of polling consumer asks the API: the items of one poll that are not yet known,
 * oldest first. {@code known} tells whether an item key was already processed, so a sensor can stop
 * paging once it reaches what it has seen.
 */
interface Sensor {

    List<SensorItem> poll(Predicate<String> known) throws Exception;
}
