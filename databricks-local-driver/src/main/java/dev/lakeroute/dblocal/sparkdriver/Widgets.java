package dev.lakeroute.dblocal.sparkdriver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code dbutils.widgets}: values given by a job's {@code base_parameters} (through the context) win
 * over the defaults a notebook declares with {@code text(...)}, as on Databricks.
 */
public final class Widgets {
    private final Map<String, String> given = new ConcurrentHashMap<>();
    private final Map<String, String> defaults = new ConcurrentHashMap<>();

    public void setAll(Map<String, String> values) {
        given.clear();
        given.putAll(values);
    }

    public String get(String name) {
        String value = given.getOrDefault(name, defaults.get(name));
        if (value == null) {
            throw new IllegalArgumentException("InputWidgetNotDefined: No input widget named " + name + " is defined");
        }
        return value;
    }

    public void text(String name, String defaultValue) {
        defaults.put(name, defaultValue);
    }

    public void text(String name, String defaultValue, String label) {
        text(name, defaultValue);
    }

    public void remove(String name) {
        defaults.remove(name);
    }

    public void removeAll() {
        defaults.clear();
    }
}
