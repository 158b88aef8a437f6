package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/**
 * A sql context: its own Spark session (temp views and SQL conf stay per context, the catalog and
 * cached data are shared), statements run in order, the last one's rows are the {@code table} result.
 */
final class SqlContext implements LanguageContext {
    private final SparkSession session;
    private final int rowLimit;

    SqlContext(SparkSession session, int rowLimit) {
        this.session = session;
        this.rowLimit = rowLimit;
    }

    @Override
    public String language() {
        return "sql";
    }

    @Override
    public void start() {
    }

    @Override
    public CommandResult execute(Command command) {
        List<String> statements = SqlStatements.split(command.code());
        if (statements.isEmpty()) {
            return CommandResult.error("Empty SQL command", "The command contains no SQL statement");
        }
        try {
            Dataset<Row> last = null;
            for (String statement : statements) {
                last = session.sql(statement);
            }
            return TableResults.of(last, rowLimit);
        } catch (Exception failure) {
            return CommandResult.error(ErrorText.summary(failure), CommandRunner.stackTrace(failure));
        }
    }

    @Override
    public void close() {
    }
}
