package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Job schedules are Quartz cron in a Java time zone, checked as Databricks checks them on create, reset and update. */
class JobScheduleValidationTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private static RawHttp http;

    @BeforeAll
    static void setUp() {
        http = RawHttp.bearer(local.url(), local.token());
    }

    private static String job(String cron, String zone) {
        ObjectNode body = Json.object().put("name", "scheduled");
        body.putObject("schedule").put("quartz_cron_expression", cron).put("timezone_id", zone);
        return body.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0 0 12 * * ?",
            "0 15 10 ? * MON-FRI",
            "0 15 10 ? * mon-fri",
            "0 0/5 14,18 * * ?",
            "0 0-5 14 * * ?",
            "0 10,44 14 ? 3 WED",
            "0 15 10 L * ?",
            "0 15 10 L-2 * ?",
            "0 0 0 LW * ?",
            "0 0 0 15W * ?",
            "0 15 10 ? * 6L 2030-2035",
            "0 15 10 ? * 6#3",
            "0 0 22-2 ? * SUN-SAT",
            "0 0 12 1/5 JAN-DEC ? *",
            "*/30 * * * * ?",
    })
    void createAcceptsQuartzCronExpressions(String cron) {
        RawHttp.Reply reply = http.post("/api/2.2/jobs/create", job(cron, "Europe/Amsterdam"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(http.get("/api/2.2/jobs/get?job_id=" + reply.json().path("job_id").asLong())
                .json().path("settings").path("schedule").path("quartz_cron_expression").asText()).isEqualTo(cron);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "every day                | it has 2 fields; Quartz needs 6 or 7",
            "99 99 99 * * ?           | seconds '99': 99 is not between 0 and 59",
            "0 60 * * * ?             | minutes '60': 60 is not between 0 and 59",
            "0 0 24 * * ?             | hours '24': 24 is not between 0 and 23",
            "0 0 12 32 * ?            | day-of-month '32': 32 is not between 1 and 31",
            "0 0 12 * 13 ?            | month '13': 13 is not between 1 and 12",
            "0 0 12 ? * 8             | day-of-week '8': 8 is not between 1 and 7",
            "0 0 12 ? * FUN           | day-of-week 'FUN': 'FUN' is not a number or one of SUN, MON",
            "0 30 2,7,11,15 * * *     | day-of-month and day-of-week are both given; one of them must be '?'",
            "0 0 12 ? * ?             | '?' can only be given for day-of-month or day-of-week, not both",
            "? 0 12 * * ?             | '?' is allowed only in day-of-month and day-of-week, not in seconds",
            "0 0 12 ? * 6#6           | the n of '#n' must be between 1 and 5",
            "0 0 12 ? * 1,L           | 'L' cannot be combined with other values",
            "0 0/0 12 * * ?           | the increment must be between 1 and 60",
            "0 0 12 * * ? 1969        | year '1969': 1969 is not between 1970 and 2099",
            "0 0 12 * * ? 2030 extra  | it has 8 fields",
            "0 0 12 1,,2 * ?          | has an empty list entry",
            "0 0 12 */x * ?           | day-of-month '*/x': 'x' is not a number",
    })
    void createRefusesWhatQuartzRefusesNamingTheFieldAndValue(String cron, String reason) {
        RawHttp.Reply reply = http.post("/api/2.2/jobs/create", job(cron, "UTC"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(reply.json().path("message").asText())
                .startsWith("Invalid quartz_cron_expression: " + cron + " (")
                .contains(reason)
                .contains("Databricks uses Quartz cron syntax");
    }

    @Test
    void createRefusesAnUnknownTimeZone() {
        RawHttp.Reply reply = http.post("/api/2.1/jobs/create", job("0 0 12 * * ?", "Mars/Olympus"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(reply.json().path("message").asText()).startsWith("Invalid timezone_id: Mars/Olympus.");
    }

    @Test
    void aScheduleNeedsBothItsExpressionAndItsTimeZone() {
        RawHttp.Reply noZone = http.post("/api/2.2/jobs/create", "{\"schedule\":{\"quartz_cron_expression\":\"0 0 12 * * ?\"}}");
        assertThat(noZone.status()).isEqualTo(400);
        assertThat(noZone.json().path("message").asText()).isEqualTo("Missing required field: schedule.timezone_id");

        RawHttp.Reply badPause = http.post("/api/2.2/jobs/create",
                "{\"schedule\":{\"quartz_cron_expression\":\"0 0 12 * * ?\",\"timezone_id\":\"UTC\",\"pause_status\":\"SLEEPING\"}}");
        assertThat(badPause.status()).isEqualTo(400);
        assertThat(badPause.json().path("message").asText()).contains("pause_status: SLEEPING");
    }

    @Test
    void resetAndUpdateRefuseBadSchedulesAndKeepTheJobAsItWas() {
        long jobId = http.post("/api/2.2/jobs/create", job("0 0 12 * * ?", "UTC")).json().path("job_id").asLong();

        RawHttp.Reply reset = http.post("/api/2.2/jobs/reset", "{\"job_id\":" + jobId + ",\"new_settings\":" + job("every day", "UTC") + "}");
        assertThat(reset.status()).isEqualTo(400);
        assertThat(reset.json().path("message").asText()).startsWith("Invalid quartz_cron_expression: every day (");

        RawHttp.Reply update = http.post("/api/2.2/jobs/update", "{\"job_id\":" + jobId + ",\"new_settings\":" + job("0 0 12 * * ?", "Mars/Olympus") + "}");
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.json().path("message").asText()).startsWith("Invalid timezone_id: Mars/Olympus.");

        assertThat(http.get("/api/2.2/jobs/get?job_id=" + jobId).json().path("settings").path("schedule").path("timezone_id").asText())
                .isEqualTo("UTC");
    }
}
