package dev.lakeroute.camel.databricks.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in a SQL database, so every replica sharing the database sees the same
 * record: {@code stateRepository=#repo} of {@code sql/statements/execute} and {@code databricks:command}
 * keeps there which statement or command each message started, and a replica that gets the message after
 * another one was killed re-attaches to it. Camel ships file, memory and other stores, none in JDBC.
 *
 * <p>One table (default {@code CAMEL_STATE}, created when absent) holds the rows of any number of repositories,
 * told apart by {@code repository_name}. A write is committed before {@link #setState} returns. Plain SQL
 * (update, else insert), so PostgreSQL, MySQL, Oracle, SQL Server and H2 all work.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /** SQLSTATE class 23: integrity constraint violation (here: another replica inserted the key first). */
    private static final String CONSTRAINT_VIOLATION = "23";

    private final DataSource dataSource;
    private final String repositoryName;
    private final String table;
    private boolean createTable = true;

    public JdbcStateRepository(DataSource dataSource, String repositoryName) {
        this(dataSource, repositoryName, "CAMEL_STATE");
    }

    /** @param table the table's name, {@code [schema.]name} of letters, digits and underscores */
    public JdbcStateRepository(DataSource dataSource, String repositoryName, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.repositoryName = Objects.requireNonNull(repositoryName, "repositoryName");
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("JdbcStateRepository table '" + table
                                               + "' is not a plain SQL name: use [schema.]name with letters, digits and underscores");
        }
        this.table = table;
    }

    public String getRepositoryName() {
        return repositoryName;
    }

    public String getTable() {
        return table;
    }

    /** Create the table when the repository starts and it does not exist yet (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    @Override
    protected void doStart() throws Exception {
        if (createTable) {
            try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE IF NOT EXISTS " + table + " (repository_name VARCHAR(255) NOT NULL, "
                               + "state_key VARCHAR(1024) NOT NULL, state_value VARCHAR(4000), "
                               + "PRIMARY KEY (repository_name, state_key))");
            }
        }
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT state_value FROM " + table + " WHERE repository_name = ? AND state_key = ?")) {
            select.setString(1, repositoryName);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("read", key, e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (update(connection, key, value) == 0) {
                try {
                    insert(connection, key, value);
                } catch (SQLException e) {
                    // Another replica inserted the same key between our update and insert: the last write wins.
                    if (e.getSQLState() == null || !e.getSQLState().startsWith(CONSTRAINT_VIOLATION)) {
                        throw e;
                    }
                    update(connection, key, value);
                }
            }
        } catch (SQLException e) {
            throw failure("write", key, e);
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET state_value = ? WHERE repository_name = ? AND state_key = ?")) {
            update.setString(1, value);
            update.setString(2, repositoryName);
            update.setString(3, key);
            return update.executeUpdate();
        }
    }

    private void insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (repository_name, state_key, state_value) VALUES (?, ?, ?)")) {
            insert.setString(1, repositoryName);
            insert.setString(2, key);
            insert.setString(3, value);
            insert.executeUpdate();
        }
    }

    private RuntimeCamelException failure(String what, String key, SQLException e) {
        return new RuntimeCamelException("JdbcStateRepository " + repositoryName + " could not " + what + " '" + key
                                         + "' in table " + table + ": " + e.getMessage(), e);
    }

    @Override
    protected void doStop() {
        // The DataSource belongs to the application.
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[" + repositoryName + " in " + table + "]";
    }
}
