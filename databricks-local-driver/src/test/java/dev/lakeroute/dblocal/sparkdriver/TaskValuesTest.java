package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scala contexts' dbutils.jobs.taskValues: Databricks' rules without a driver. */
class TaskValuesTest {

    @Test
    void scalaAndJavaValuesAreKeptAsJsonAndReadBackFromUpstreamTasks() {
        TaskValues values = new TaskValues();
        values.set("rows", 42);
        values.set("days", scala.collection.immutable.List.<Object>empty().$colon$colon("2025-01-31"));
        values.set("sizes", Map.of("orders", 1.5));
        assertThat(values.values()).containsOnlyKeys("rows", "days", "sizes");
        assertThat(values.values().get("days").toString()).isEqualTo("[\"2025-01-31\"]");

        values.bind(new TaskRun("report", Map.of("count", Map.<String, JsonNode>of("rows", IntNode.valueOf(42)), "idle", Map.of())));
        assertThat(values.get("count", "rows")).isEqualTo(42);
        assertThat(values.get("idle", "rows", 0)).isEqualTo(0);
        assertThatThrownBy(() -> values.get("idle", "rows")).hasMessageContaining("task idle set no task value with key rows");
        assertThatThrownBy(() -> values.get("later", "rows", 0, 0)).hasMessageContaining("no task later upstream of task report");
    }

    @Test
    void valuesThatAreNotJsonOrTooLargeAndGetOutsideAJobWithoutDebugValueFail() {
        TaskValues values = new TaskValues();
        assertThatThrownBy(() -> values.set("session", new Object())).hasMessageContaining("cannot be represented as JSON (a java.lang.Object is not JSON)");
        assertThatThrownBy(() -> values.set("nan", Double.NaN)).hasMessageContaining("NaN is not a JSON number");
        assertThatThrownBy(() -> values.set("big", "x".repeat(TaskValues.MAX_VALUE_BYTES))).hasMessageContaining("is 49154 bytes as JSON");
        assertThatThrownBy(() -> values.set("k".repeat(129), 1)).hasMessageContaining("at most 128 are allowed");
        assertThat(values.get("count", "rows", 0, List.of(7))).isEqualTo(List.of(7));
        assertThatThrownBy(() -> values.get("count", "rows", 0)).hasMessageContaining("must pass debugValue when calling get outside of a job");
    }
}
