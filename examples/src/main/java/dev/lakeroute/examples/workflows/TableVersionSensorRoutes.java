package dev.lakeroute.examples.workflows;

import java.io.File;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * routes/table-version-sensor.yaml: the sql/table-version-sensor consumer emits each new Delta table version once
 * (remembered in a file) → a statement reads the table AS OF that version → a file per version.
 */
public class TableVersionSensorRoutes extends RouteBuilder {

    @Override
    public void configure() {
        String store = getContext().resolvePropertyPlaceholders("{{table-version-sensor.store:target/table-version-sensor.dat}}");
        bindToRegistry("tableVersionRepository", FileIdempotentRepository.fileIdempotentRepository(new File(store), 10000));

        from("databricks:sql/table-version-sensor?warehouseId={{databricks.warehouse-id}}"
             + "&table={{table-version-sensor.table:main.default.orders}}&delay={{table-version-sensor.delay:30000}}"
             + "&idempotentRepository=#tableVersionRepository").routeId("table-version-sensor")
                .setBody(simple("{\"statement\": \"SELECT count(*) AS n FROM {{table-version-sensor.table:main.default.orders}}"
                                + " VERSION AS OF ${header.CamelDatabricksTableVersion}\"}"))
                .to("databricks:sql/statements/execute?warehouseId={{databricks.warehouse-id}}&waitTimeout=10m")
                .setBody(simple("version ${header.CamelDatabricksTableVersion} ${header.CamelDatabricksTableOperation}"
                                + " at ${header.CamelDatabricksTableTimestamp}: ${body[0][n]} rows"))
                // simple() trims its result: the line end is appended after it.
                .transform(body().append("\n"))
                .to("file:{{table-version-sensor.out-dir:target/table-versions}}?fileName=version-${header.CamelDatabricksTableVersion}.txt")
                .log("Table version ${header.CamelDatabricksTableVersion} (${header.CamelDatabricksTableOperation}) recorded");
    }
}
