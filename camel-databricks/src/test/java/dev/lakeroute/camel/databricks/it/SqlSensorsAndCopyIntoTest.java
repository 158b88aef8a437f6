package dev.lakeroute.camel.databricks.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.consumer.DatabricksPollingConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * COPY INTO and the SQL sensors against databricks-local's Delta tables on the JVM's shared Spark warehouse (a table
 * and a landing directory of this class's own): a file is loaded once however often the step runs; each sensor fires
 * exactly once per event; a sensor's statement that outlasts waitTimeout is cancelled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlSensorsAndCopyIntoTest extends SparkTestSupport {

    private static final String TABLE = "sensor_orders";
    private static final String LANDING = "/landing/sensor-orders";

    private static String warehouseId;

    private void sql(String statement) {
        call("databricks:sql/statements/execute?waitTimeout=180000&warehouseId=" + warehouseId, Map.of("statement", statement));
    }

    private void putCsv(String name, String content) {
        call("databricks:dbfs/put?overwrite=true&path=" + LANDING + "/" + name, content.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void warehouseWithOrdersTable() {
        if (warehouseId != null) {
            return;
        }
        warehouseId = sharedWarehouse();
        sql("CREATE TABLE " + TABLE + " (id INT, amount DOUBLE, day STRING) PARTITIONED BY (day)");
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void copyIntoLoadsEachFileOnceEvenWhenTheStepRunsTwice() {
        String copy = "databricks:sql/copy-into?waitTimeout=180000&warehouseId=" + warehouseId
                      + "&table=" + TABLE + "&fileLocation=dbfs:" + LANDING + "&fileFormat=CSV&formatOptions.header=true";
        putCsv("2026-12-01.csv", "id,amount,day\n1,10.5,2026-12-01\n2,20.0,2026-12-01\n");

        Map<String, Object> first = (Map<String, Object>) call(copy, null);
        Map<String, Object> again = (Map<String, Object>) call(copy, null);
        putCsv("2026-12-02.csv", "id,amount,day\n3,7.25,2026-12-02\n");
        Map<String, Object> next = (Map<String, Object>) call(copy, null);

        assertThat(first).containsEntry("num_inserted_rows", 2L);
        assertThat(again).containsEntry("num_inserted_rows", 0L);
        assertThat(next).containsEntry("num_inserted_rows", 1L);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) call(
                "databricks:sql/statements/execute?warehouseId=" + warehouseId,
                Map.of("statement", "SELECT id, amount, day FROM " + TABLE + " ORDER BY id"));
        assertThat(rows).extracting(row -> row.get("id") + " " + row.get("amount") + " " + row.get("day"))
                .containsExactly("1 10.5 2026-12-01", "2 20.0 2026-12-01", "3 7.25 2026-12-02");
    }

    @Test
    @Order(2)
    void tableVersionSensorEmitsEachNewVersionOnceWithVersionOperationAndTime() throws Exception {
        MockEndpoint versions = getMockEndpoint("mock:versions");
        versions.expectedMessageCount(1);
        versions.setAssertPeriod(1000);
        context.addRoutes(sensor("databricks:sql/table-version-sensor?delay=300&emitExisting=false&table=" + TABLE + "&warehouseId="
                                 + warehouseId, "mock:versions"));
        awaitFirstPoll("mock:versions");

        sql("INSERT INTO " + TABLE + " VALUES (4, 1.0, '2026-12-02')");

        assertSatisfied(versions, "mock:versions");
        Map<String, Object> headers = versions.getExchanges().get(0).getMessage().getHeaders();
        assertThat(headers).containsEntry(DatabricksConstants.TABLE, TABLE)
                .containsEntry(DatabricksConstants.TABLE_VERSION, 3L)
                .containsEntry(DatabricksConstants.TABLE_OPERATION, "WRITE");
        assertThat((Instant) headers.get(DatabricksConstants.TABLE_TIMESTAMP)).isAfter(Instant.now().minusSeconds(120));
    }

    @Test
    @Order(3)
    void partitionSensorEmitsAPartitionOnceWhenItAppears() throws Exception {
        MockEndpoint partitions = getMockEndpoint("mock:partitions");
        partitions.expectedMessageCount(1);
        partitions.setAssertPeriod(1000);
        context.addRoutes(sensor("databricks:sql/partition-sensor?delay=300&emitExisting=false&table=" + TABLE + "&warehouseId="
                                 + warehouseId, "mock:partitions"));
        awaitFirstPoll("mock:partitions");

        sql("INSERT INTO " + TABLE + " VALUES (5, 2.0, '2026-12-03'), (6, 3.0, '2026-12-03')");

        assertSatisfied(partitions, "mock:partitions");
        Exchange appeared = partitions.getExchanges().get(0);
        assertThat(appeared.getMessage().getHeader(DatabricksConstants.PARTITION)).isEqualTo("day=2026-12-03");
        assertThat(appeared.getMessage().getBody(Map.class)).isEqualTo(Map.of("day", "2026-12-03"));
    }

    @Test
    @Order(4)
    void sqlSensorEmitsOncePerDistinctResultAndNotWhileTheQueryHasNoRows() throws Exception {
        MockEndpoint ready = getMockEndpoint("mock:ready");
        ready.expectedMessageCount(2);
        ready.setAssertPeriod(1000);
        context.addRoutes(sensor("databricks:sql/sensor?delay=300&warehouseId=" + warehouseId
                                 + "&sql=SELECT count(*) AS n FROM " + TABLE + " WHERE day = '2026-12-04' HAVING count(*) > 0", "mock:ready"));
        awaitFirstPoll("mock:ready");
        assertThat(ready.getReceivedCounter()).as("no rows yet: the condition does not hold").isZero();

        sql("INSERT INTO " + TABLE + " VALUES (7, 1.0, '2026-12-04')");
        // The second row only once a poll has seen the first, however long a poll takes on a busy machine.
        Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> ready.getReceivedCounter() >= 1);
        sql("INSERT INTO " + TABLE + " VALUES (8, 1.0, '2026-12-04')");

        assertSatisfied(ready, "mock:ready");
        assertThat(ready.getExchanges()).extracting(e -> e.getMessage().getBody(List.class))
                .containsExactly(List.of(Map.of("n", 1L)), List.of(Map.of("n", 2L)));
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void aSensorStatementStillRunningWhenWaitTimeoutEndsIsCancelled() throws Exception {
        // The warehouse answers at once (statementWaitTimeout=0s), so the sensor's own wait times out, as the step's does.
        context.addRoutes(sensor("databricks:sql/sensor?delay=60000&statementWaitTimeout=0s&waitTimeout=1500&warehouseId="
                                 + warehouseId + "&sql=SELECT max(id % 7) AS m FROM range(0, 1000000000000)", "mock:slow"));
        DatabricksPollingConsumer consumer = (DatabricksPollingConsumer) context.getRoute("mock:slow").getConsumer();
        Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> consumer.getLastFailure() != null);

        Matcher timedOut = Pattern.compile("statement (\\S+) \\(sql/statements/execute\\) did not finish within 1500 ms")
                .matcher(consumer.getLastFailure());
        assertThat(timedOut.lookingAt()).as(consumer.getLastFailure()).isTrue();
        String statementId = timedOut.group(1);
        Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                .until(() -> "CANCELED".equals(((Map<String, Object>) map("databricks:sql/statements/get?statementId=" + statementId,
                        null).get("status")).get("state")));
    }

    private static RouteBuilder sensor(String uri, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(to).to(to);
            }
        };
    }

    /** The mock's expectations, or the sensor's last poll failure with the assertion that failed. */
    private void assertSatisfied(MockEndpoint mock, String routeId) throws InterruptedException {
        try {
            mock.setResultWaitTime(60000);
            mock.assertIsSatisfied();
        } catch (AssertionError e) {
            DatabricksPollingConsumer consumer = (DatabricksPollingConsumer) context.getRoute(routeId).getConsumer();
            throw new AssertionError(e.getMessage() + "; the sensor's last poll failure: " + consumer.getLastFailure(), e);
        }
    }

    /** What is there before the first poll is not an event here: wait until the sensor has seen it. */
    private void awaitFirstPoll(String routeId) throws InterruptedException {
        DatabricksPollingConsumer consumer = (DatabricksPollingConsumer) context.getRoute(routeId).getConsumer();
        long deadline = System.currentTimeMillis() + 60000;
        while (consumer.getLastSuccessfulPoll() == null) {
            assertThat(System.currentTimeMillis()).as("first poll of " + routeId + "; last failure: " + consumer.getLastFailure())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
