package dev.lakeroute.camel.databricks.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The re-attach record on a real PostgreSQL: what one replica writes, another one reads. */
class JdbcStateRepositoryTest {

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void aRecordWrittenByOneReplicaIsReadByAnotherAndOverwritten() throws Exception {
        JdbcStateRepository first = started(new JdbcStateRepository(database, "statements"));
        JdbcStateRepository second = started(new JdbcStateRepository(database, "statements"));
        JdbcStateRepository commands = started(new JdbcStateRepository(database, "commands"));

        assertThat(second.getState("kafka:requests:0:41")).isNull();
        first.setState("kafka:requests:0:41", "SENDING");
        assertThat(second.getState("kafka:requests:0:41")).isEqualTo("SENDING");
        second.setState("kafka:requests:0:41", "01ef-statement-id");
        assertThat(first.getState("kafka:requests:0:41")).isEqualTo("01ef-statement-id");
        assertThat(commands.getState("kafka:requests:0:41")).as("another repository name, another record").isNull();
    }

    @Test
    void replicasWritingTheSameNewKeyAtOnceAllSucceed() throws Exception {
        JdbcStateRepository repository = started(new JdbcStateRepository(database, "race"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String value = "writer-" + i;
                writes.add(pool.submit(() -> repository.setState("same-key", value)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(repository.getState("same-key")).startsWith("writer-");
    }

    @Test
    void aTableNameThatIsNotPlainSqlIsRefused() {
        assertThatThrownBy(() -> new JdbcStateRepository(database, "x", "state; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[schema.]name");
    }

    private static JdbcStateRepository started(JdbcStateRepository repository) {
        repository.start();
        return repository;
    }
}
