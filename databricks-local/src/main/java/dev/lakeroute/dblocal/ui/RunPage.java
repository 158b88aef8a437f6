package dev.lakeroute.dblocal.ui;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.lakeroute.dblocal.ui.Html.duration;
import static dev.lakeroute.dblocal.ui.Html.escape;
import static dev.lakeroute.dblocal.ui.Html.state;
import static dev.lakeroute.dblocal.ui.Html.time;

/** A job run as Databricks' run page shows it: its state, its tasks with their states and timings, their output and errors. */
final class RunPage {

    private RunPage() {
    }

    /**
     * @param run       what {@code jobs/runs/get} answered
     * @param outputs   {@code jobs/runs/get-output} of each task run, by task run id
     * @param driverLog the last lines of the driver log of the run's cluster, or null
     */
    static String render(JsonNode run, Map<Long, JsonNode> outputs, String driverLog) {
        JsonNode runState = run.path("state");
        String shown = runState.path("result_state").asText(runState.path("life_cycle_state").asText());
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(escape(run.path("run_name").asText("Run " + run.path("run_id").asText())))
                .append(" ").append(state(shown, "run-state")).append("</h1>");
        body.append("<dl>")
                .append(item("Run ID", run.path("run_id").asText()))
                .append(item("Job ID", run.path("job_id").asText()))
                .append(item("Lifecycle state", runState.path("life_cycle_state").asText()))
                .append(item("Result state", runState.path("result_state").asText()))
                .append(item("State message", runState.path("state_message").asText()))
                .append(item("Started", time(run.path("start_time").asLong())))
                .append(item("Ended", time(run.path("end_time").asLong())))
                .append(item("Duration", duration(runDuration(run))))
                .append(item("Trigger", run.path("trigger").asText()))
                .append("</dl>");
        body.append("<h2>Tasks</h2><table id=\"tasks\"><tr><th>Task</th><th>State</th><th>Started</th><th>Duration</th>"
                + "<th>Cluster</th><th>Depends on</th></tr>");
        for (JsonNode task : run.path("tasks")) {
            JsonNode s = task.path("state");
            String taskState = s.path("result_state").asText(s.path("life_cycle_state").asText());
            String cluster = clusterOf(task);
            body.append("<tr data-task=\"").append(escape(task.path("task_key").asText())).append("\"><td>")
                    .append(escape(task.path("task_key").asText())).append("</td><td>").append(state(taskState)).append("</td><td>")
                    .append(time(task.path("start_time").asLong())).append("</td><td>").append(duration(runDuration(task)))
                    .append("</td><td>").append(cluster == null ? "" : "<a href=\"/compute/clusters/" + escape(cluster) + "\">"
                            + escape(cluster) + "</a>").append("</td><td>").append(escape(dependsOn(task))).append("</td></tr>");
        }
        body.append("</table>");
        for (JsonNode task : run.path("tasks")) {
            JsonNode output = outputs.get(task.path("run_id").asLong());
            if (output != null) {
                body.append(output(task.path("task_key").asText(), output));
            }
        }
        if (driverLog != null) {
            body.append("<h2>Driver log (last lines)</h2><pre id=\"driver-log\">").append(escape(driverLog)).append("</pre>");
        }
        return Html.page("Run " + run.path("run_id").asText(), body.toString());
    }

    private static String output(String taskKey, JsonNode output) {
        StringBuilder out = new StringBuilder("<h2>Output of ").append(escape(taskKey)).append("</h2>");
        String result = output.path("notebook_output").path("result").asText(null);
        if (result != null) {
            out.append("<p>Notebook result:</p><pre class=\"result\">").append(escape(result)).append("</pre>");
        }
        if (output.hasNonNull("logs") && !output.path("logs").asText().isEmpty()) {
            out.append("<p>Logs:</p><pre class=\"logs\">").append(escape(output.path("logs").asText())).append("</pre>");
        }
        if (output.hasNonNull("error")) {
            out.append("<p class=\"error\">Error: ").append(escape(output.path("error").asText())).append("</p>");
        }
        if (output.hasNonNull("error_trace")) {
            out.append("<pre class=\"error-trace\">").append(escape(output.path("error_trace").asText())).append("</pre>");
        }
        return out.toString();
    }

    static String clusterOf(JsonNode task) {
        String cluster = task.path("cluster_instance").path("cluster_id").asText(task.path("existing_cluster_id").asText(""));
        return cluster.isEmpty() ? null : cluster;
    }

    private static String dependsOn(JsonNode task) {
        List<String> keys = new java.util.ArrayList<>();
        task.path("depends_on").forEach(d -> keys.add(d.path("task_key").asText()));
        return String.join(", ", keys);
    }

    static long runDuration(JsonNode run) {
        if (run.path("run_duration").asLong() > 0) {
            return run.path("run_duration").asLong();
        }
        long start = run.path("start_time").asLong();
        long end = run.path("end_time").asLong();
        return start > 0 && end >= start ? end - start : 0;
    }

    private static String item(String name, String value) {
        return value == null || value.isEmpty() ? "" : "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>";
    }
}
