package dev.lakeroute.camel.databricks.it.reliability;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The matrix section of RELIABILITY.md: the table, its legend, then every cell's raw details. */
final class MatrixMarkdown {

    private MatrixMarkdown() {
    }

    static String render(List<OperationCase> cases, Map<FaultColumn, Map<String, Cell>> results) {
        StringBuilder md = new StringBuilder();
        md.append("## Fault matrix\n\n");
        md.append("`FaultMatrixTest`, ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE)).append(", Java ")
                .append(Runtime.version().feature()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Each cell: the exchange's outcome, the retries the fault forced, and the server's state read "
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
                md.append(' ').append(cell == null ? "(column not run)" : cell.summary().replace("|", "\\|")).append(" |");
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
        md.append("- *went on (SUCCESS)*: the exchange gave up while the run, statement or cluster start continued and succeeded.\n\n");
        md.append("Columns:\n\n");
        FaultColumn.all().forEach(column -> md.append("- **").append(column.label()).append("**: ").append(column.description()).append('\n'));
        md.append("\nProbes, per row: `jobs/runs/get` (runs), `commands/status` (command), `sql/statements/<id>` (statement, "
                  + "after its own POST), `dbfs/add-block` (dbfs/put), the file's own PUT (Files API), `clusters/get` "
                  + "(clusters/get, clusters/start). The clusters/start row runs on a control-plane-only databricks-local.\n\n");
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
