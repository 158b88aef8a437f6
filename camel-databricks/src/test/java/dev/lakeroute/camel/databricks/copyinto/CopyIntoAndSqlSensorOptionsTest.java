package dev.lakeroute.camel.databricks.copyinto;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksEndpoint;
import dev.lakeroute.camel.databricks.TestComponents;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** sql/copy-into's and the SQL sensors' options are checked when the endpoint or route starts; no network. */
class CopyIntoAndSqlSensorOptionsTest extends CamelTestSupport {

    private static final String HOST = "host=https://adb-1.azuredatabricks.net&token=dapi-x";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.isolated());
        return context;
    }

    static Stream<Arguments> wrong() {
        return Stream.of(
                arguments("sql/copy-into?table=t&fileLocation=/in&fileFormat=CSV", "warehouseId", "SQL warehouse"),
                arguments("sql/copy-into?warehouseId=w&fileLocation=/in&fileFormat=CSV", "table", "main.sales.orders"),
                arguments("sql/copy-into?warehouseId=w&table=t&fileFormat=CSV", "fileLocation", "/Volumes"),
                arguments("sql/copy-into?warehouseId=w&table=t&fileLocation=/in", "fileFormat", "CSV, JSON, ORC, PARQUET"),
                arguments("sql/copy-into?warehouseId=w&table=t&fileLocation=/in&fileFormat=XLSX", "fileFormat", "CSV, JSON"),
                arguments("sql/copy-into?warehouseId=w&table=t;DROP&fileLocation=/in&fileFormat=CSV", "table", "a table name"),
                arguments("sql/statements/execute?warehouseId=w&fileFormat=CSV", "fileFormat", "sql/copy-into"),
                arguments("sql/statements/execute?warehouseId=w&formatOptions.header=true", "formatOptions", "sql/copy-into"),
                arguments("clusters/get?clusterId=c&table=t", "table", "sql/table-version-sensor"),
                arguments("sql/statements/execute?warehouseId=w&sql=SELECT+1", "sql", "sql/sensor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrong")
    void wrongOptionFailsAtEndpointCreation(String uri, String option, String allowed) {
        assertThatThrownBy(() -> context.getEndpoint("databricks:" + uri + "&" + HOST))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .satisfies(e -> {
                    DatabricksConfigurationException c = (DatabricksConfigurationException) e;
                    assertThat(c.getOption()).isEqualTo(option);
                    assertThat(c.getAllowed()).contains(allowed);
                });
    }

    @Test
    void copyIntoOptionsBecomeOneStatementWithLiteralsOnly() {
        DatabricksEndpoint endpoint = (DatabricksEndpoint) context.getEndpoint("databricks:sql/copy-into?warehouseId=w"
                + "&table=main.sales.orders&fileLocation=/Volumes/main/sales/it's&fileFormat=csv"
                + "&formatOptions.header=true&copyOptions.force=true&" + HOST);
        DatabricksConfiguration config = endpoint.getConfiguration();

        assertThat(config.getFormatOptions()).isEqualTo(Map.of("header", "true"));
        assertThat(CopyIntoStep.statement(config)).isEqualTo("""
                COPY INTO main.sales.orders
                FROM '/Volumes/main/sales/it\\'s'
                FILEFORMAT = CSV
                FORMAT_OPTIONS ('header' = 'true')
                COPY_OPTIONS ('force' = 'true')""");
    }

    @Test
    void sqlSensorsNeedTheirQueryOrTableAndAreConsumersOnly() {
        assertThatThrownBy(() -> startRoute("databricks:sql/sensor?warehouseId=w&" + HOST))
                .rootCause().hasMessageContaining("sql").hasMessageContaining("is required by this consumer");
        assertThatThrownBy(() -> startRoute("databricks:sql/table-version-sensor?table=t&" + HOST))
                .rootCause().hasMessageContaining("warehouseId");
        assertThatThrownBy(() -> context.getEndpoint("databricks:sql/partition-sensor?warehouseId=w&table=t&" + HOST)
                .createProducer()).hasMessageContaining("is a sensor").hasMessageContaining("from(");
    }

    private void startRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).to("log:sensor");
            }
        });
    }
}
