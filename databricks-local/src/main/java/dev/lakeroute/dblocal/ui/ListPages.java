package dev.lakeroute.dblocal.ui;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.lakeroute.dblocal.ui.Html.duration;
import static dev.lakeroute.dblocal.ui.Html.escape;
import static dev.lakeroute.dblocal.ui.Html.state;
import static dev.lakeroute.dblocal.ui.Html.time;

/** The lists a user starts from: recent job runs, and the workspace's clusters. */
final class ListPages {

    private ListPages() {
    }

    static String runs(JsonNode list) {
        StringBuilder body = new StringBuilder("<h1>Job runs</h1><table id=\"runs\"><tr><th>Run</th><th>Name</th><th>State</th>"
                + "<th>Started</th><th>Duration</th></tr>");
        for (JsonNode run : list.path("runs")) {
            JsonNode s = run.path("state");
            body.append("<tr><td><a href=\"/jobs/").append(run.path("job_id").asLong()).append("/runs/")
                    .append(run.path("run_id").asLong()).append("\">").append(run.path("run_id").asLong()).append("</a></td><td>")
                    .append(escape(run.path("run_name").asText())).append("</td><td>")
                    .append(state(s.path("result_state").asText(s.path("life_cycle_state").asText()))).append("</td><td>")
                    .append(time(run.path("start_time").asLong())).append("</td><td>").append(duration(RunPage.runDuration(run)))
                    .append("</td></tr>");
        }
        return Html.page("Job runs", body.append("</table>").toString());
    }

    static String clusters(JsonNode list) {
        StringBuilder body = new StringBuilder("<h1>Compute</h1><table id=\"clusters\"><tr><th>Cluster</th><th>Name</th>"
                + "<th>State</th><th>Runtime</th><th>Workers</th></tr>");
        for (JsonNode cluster : list.path("clusters")) {
            String id = cluster.path("cluster_id").asText();
            body.append("<tr><td><a href=\"/compute/clusters/").append(escape(id)).append("\">").append(escape(id))
                    .append("</a></td><td>").append(escape(cluster.path("cluster_name").asText())).append("</td><td>")
                    .append(state(cluster.path("state").asText())).append("</td><td>")
                    .append(escape(cluster.path("spark_version").asText())).append("</td><td>")
                    .append(cluster.path("num_workers").asInt()).append("</td></tr>");
        }
        return Html.page("Compute", body.append("</table>").toString());
    }

    /** A cluster: what clusters/get says, its recent events and the tail of its driver log. */
    static String cluster(JsonNode cluster, JsonNode events, String driverLog) {
        StringBuilder body = new StringBuilder("<h1>").append(escape(cluster.path("cluster_name").asText(cluster.path("cluster_id").asText())))
                .append(" ").append(state(cluster.path("state").asText(), "cluster-state"))
                .append("</h1><dl>");
        item(body, "Cluster ID", cluster.path("cluster_id").asText());
        item(body, "State message", cluster.path("state_message").asText());
        item(body, "Databricks Runtime", cluster.path("spark_version").asText());
        item(body, "Node type", cluster.path("node_type_id").asText());
        item(body, "Workers", cluster.path("num_workers").asText());
        item(body, "Started", time(cluster.path("start_time").asLong()));
        item(body, "Terminated", time(cluster.path("terminated_time").asLong()));
        body.append("</dl><h2>Event log</h2><table id=\"events\"><tr><th>Time</th><th>Type</th><th>Details</th></tr>");
        for (JsonNode event : events.path("events")) {
            body.append("<tr><td>").append(time(event.path("timestamp").asLong())).append("</td><td>")
                    .append(escape(event.path("type").asText())).append("</td><td>")
                    .append(escape(event.path("details").toString())).append("</td></tr>");
        }
        body.append("</table>");
        if (driverLog != null) {
            body.append("<h2>Driver log (last lines)</h2><pre id=\"driver-log\">").append(escape(driverLog)).append("</pre>");
        }
        return Html.page("Cluster " + cluster.path("cluster_id").asText(), body.toString());
    }

    private static void item(StringBuilder body, String name, String value) {
        if (value != null && !value.isEmpty() && !"0".equals(value) || "Workers".equals(name)) {
            body.append("<dt>").append(escape(name)).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }
}
