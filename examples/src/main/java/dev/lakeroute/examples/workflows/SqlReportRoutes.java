package dev.lakeroute.examples.workflows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;

/**
 * routes/sql-report.yaml: cron → sql/statements/execute on a SQL warehouse → a CSV file with a header line.
 * In Java the CSV is written in one go, with values quoted where needed (RFC 4180).
 */
public class SqlReportRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("quartz:sql-report/daily?cron={{sql-report.cron:0+0+6+*+*+?}}").routeId("sql-report")
                .setBody(simple("{\"statement\": \"{{sql-report.query:SELECT id, id * id AS square FROM range(1, 6) ORDER BY id}}\"}"))
                .to("databricks:sql/statements/execute?warehouseId={{databricks.warehouse-id}}&waitTimeout=10m")
                .log("${header.CamelDatabricksRowCount} rows")
                .filter(simple("${body.size()} > 0"))
                    .setHeader("CamelFileName", simple("report-${date:now:yyyyMMdd-HHmmss-SSS}.csv"))
                    .process(exchange -> exchange.getMessage().setBody(csv(exchange.getMessage().getBody(List.class))))
                    .to("file:{{sql-report.out-dir:target/reports}}")
                    .log("Report ${header.CamelFileName} written");
    }

    @SuppressWarnings("unchecked")
    static String csv(List<?> rows) {
        StringBuilder out = new StringBuilder();
        Map<String, Object> first = (Map<String, Object>) rows.get(0);
        out.append(line(new java.util.ArrayList<>(first.keySet()))).append('\n');
        for (Object row : rows) {
            out.append(line(new java.util.ArrayList<>(((Map<String, Object>) row).values()))).append('\n');
        }
        return out.toString();
    }

    private static String line(List<?> values) {
        return values.stream().map(SqlReportRoutes::cell).collect(Collectors.joining(","));
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
