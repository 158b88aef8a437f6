package dev.lakeroute.camel.databricks.step;

/** The options of a composite step that reads none of its own. */
public enum NoOptions {
    NONE
}
