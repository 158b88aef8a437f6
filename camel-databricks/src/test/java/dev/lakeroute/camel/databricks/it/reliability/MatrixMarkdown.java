package dev.lakeroute.camel.databricks.it.reliability;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The matrix section of RELIABILITY.md: the table, its legend, then every cell's raw details. */
final class MatrixMarkdown {

    private MatrixMarkdown() {
    }

    /** @param run how long the matrix took and how busy the machine was, e.g. "142 s, load average 3.1" */
    static String render(List<OperationCase> cases, Map<FaultColumn, Map<String, Cell>> results, String run) {
        StringBuilder md = new StringBuilder();
        md.append("## Fault matrix\n\n");
        md.append("`FaultMatrixTest`, ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", Java ")
                .append(Runtime.version().feature()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(run).append(". Each cell: the exchange's outcome, the retries the fault forced, and the server's state read "
                        + "through the REST API afterwards.\n\n");
        md.append("| operation |");
        FaultColumn.all().forEach(column -> md.append(' ').append(column.label()).append(" |"));
        md.append("\n|---|");
        FaultColumn.all().forEach(column -> md.append("---|"));
        md.append('\n');
        int cells = 0;
        int holding = 0;
        int notRun = 0;
        for (OperationCase operation : cases) {
            md.append("| ").append(operation.operation()).append(" |");
            for (FaultColumn column : FaultColumn.all()) {
                Cell cell = results.getOrDefault(column, Map.of()).get(operation.operation());
                md.append(' ').append(cell == null ? (column.runs() ? "(column not run)" : "(-Dreliability.fullMatrix=true)") : cell.summary().replace("|", "\\|")).append(" |");
                if (cell != null) {
                    cells++;
                    if (cell.notRun()) {
                        notRun++;
                    } else if (cell.holds()) {
                        holding++;
                    }
                }
            }
            md.append('\n');
        }
        md.append('\n').append(holding).append(" of ").append(cells - notRun).append(" cells run hold every invariant");
        if (notRun > 0) {
            md.append(" (").append(notRun).append(" not run)");
        }
        md.append(".\n\n");
        md.append("### Legend\n\n");
        md.append("- ✔ the exchange succeeded; ✘ it failed, with the reason in a few words, then what the server shows.\n");
        md.append("- *retries*: calls the fault answered that the component then made again (for the kill columns: "
                  + "`CamelDatabricksAttempts` − 1 of the last call).\n");
        md.append("- ⚠ marks a broken invariant: **duplicate** (more than one run or statement for one exchange), **leaked context** "
                  + "(an execution context left on the cluster), **partial file** (the target exists but is not the complete "
                  + "upload by size and SHA-256), **NOT truthful** (the exchange failed but the work went on to succeed, or it "
                  + "succeeded but the work did not; a failure that says the request *may have reached the server* is truthful).\n");
        md.append("- *went on (SUCCESS)*: the exchange gave up while the run, statement or cluster start continued and succeeded.\n");
        md.append("- *orphaned by the kill*: an execution context the killed component JVM had created; nobody can destroy it "
                  + "(the next JVM never learnt its id), so it is not counted as a leak of the redelivered exchange.\n");
        md.append("- ↻ *sent by the killed JVM and again by the redelivery*: the SQL Statement Execution API takes no idempotency "
                  + "token, so a statement the killed JVM had sent runs once more when its message is redelivered (at-least-once "
                  + "delivery of the route; runs are exactly-once through the message's idempotency token). Not counted as a "
                  + "duplicate; make such statements idempotent (MERGE, INSERT OVERWRITE) when they write.\n");
        md.append("- A `dbfs/close` whose answer was lost is not sent again blindly (a second close answers \"handle does not exist\" "
                  + "whether or not the first worked): the file is read back and the upload succeeds if it is complete; if it is not, "
                  + "the close is sent once more.\n");
        md.append("- *not run*: `databricks:command` and `sql/statements` need a Spark driver and a warehouse on the killed server; "
                  + "the child server runs without Spark, because starting both drivers again after the restart takes some 20 s on two "
                  + "cores, more than the matrix's budget. Their waits are the same PollLoop as the runs' and the cluster start's, "
                  + "which the column does cover, and the component-JVM kill column runs both.\n\n");
        md.append("Columns:\n\n");
        FaultColumn.all().forEach(column -> md.append("- **").append(column.label()).append("**: ").append(column.description()).append('\n'));
        md.append("\nIn the injected columns every row runs at once, its fault on an operation path no other row uses on its server. "
                  + "The kill columns kill as soon as every row's work exists (its first call seen by the server: the submit, the "
                  + "first block, the PUT, the start, the context), at the latest 8 s after sending.\n");
        md.append("\nProbes, per row: `jobs/runs/get` (runs), `commands/status` (command), `sql/statements/<id>` (statement, "
                  + "after its own POST), `dbfs/add-block` (dbfs/put), the file's own PUT (Files API), `clusters/get` "
                  + "(clusters/get, clusters/start). The run-now and clusters/start rows run on a control-plane-only databricks-local (python tasks need no Spark there).\n\n");
        md.append("### Cell details\n\n");
        for (FaultColumn column : FaultColumn.all()) {
            Map<String, Cell> cellsOfColumn = results.get(column);
            if (cellsOfColumn == null) {
                continue;
            }
            cellsOfColumn.values().forEach(cell -> md.append("- ").append(cell.details().replace("\n", " ")).append('\n'));
        }
        return md.toString();
    }
}
