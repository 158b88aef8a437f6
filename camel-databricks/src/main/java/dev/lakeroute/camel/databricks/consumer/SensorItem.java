package dev.lakeroute.camel.databricks.consumer;

import java.util.Map;

/**
 * One thing a sensor found: the key it is remembered under once processed, the time it happened (for
 * ordering and the {@code since} floor), the message body and headers. An item that is not
 * {@code emitted} (a run the result-state filter leaves out) is only remembered, so it is not read again.
 */
record SensorItem(String key, long time, Object body, Map<String, Object> headers, boolean emitted) {

    SensorItem {
        headers = Map.copyOf(headers);
    }

    static SensorItem emit(String key, long time, Object body, Map<String, Object> headers) {
        return new SensorItem(key, time, body, headers, true);
    }

    static SensorItem rememberOnly(String key, long time) {
        return new SensorItem(key, time, null, Map.of(), false);
    }
}
