package dev.lakeroute.dblocal.controlplane.statements;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Statement Execution API 2.0 on SQL warehouses backed by Spark drivers: execute (waiting up to
 * {@code wait_timeout}, then continuing or cancelling), get, result chunks and cancel. Results are
 * JSON_ARRAY with INLINE disposition. With Spark on, {@code sql_task} job tasks run on the same
 * {@link StatementEngine} ({@link SqlTaskRunner}).
 */
public final class StatementExecutionApi implements ApiFamily {
    private final StatementEngine engine;

    public StatementExecutionApi(StatementEngine engine) {
        this.engine = engine;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/2.0/sql/statements", this::execute);
        routes.get("/api/2.0/sql/statements/{statement_id}", request -> engine.require(request.pathParam("statement_id")).view());
        routes.get("/api/2.0/sql/statements/{statement_id}/result/chunks/{chunk_index}", this::chunk);
        routes.post("/api/2.0/sql/statements/{statement_id}/cancel", request -> {
            engine.cancel(request.pathParam("statement_id"));
            return Json.object();
        });
    }

    private Object execute(ApiRequest request) throws InterruptedException {
        StatementRequest parsed = StatementRequest.parse(request);
        Statement statement = engine.submit(parsed, request.principal());
        if (!parsed.waitTimeout().isZero()) {
            try {
                statement.finished().get(parsed.waitTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                if (parsed.cancelOnTimeout()) {
                    engine.cancel(statement.id());
                }
            } catch (ExecutionException unexpected) {
                throw ApiException.internal("Statement " + statement.id() + " failed unexpectedly: " + unexpected.getCause());
            }
        }
        return statement.view();
    }

    private Object chunk(ApiRequest request) {
        Statement statement = engine.require(request.pathParam("statement_id"));
        long index;
        try {
            index = Long.parseLong(request.pathParam("chunk_index"));
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("chunk_index must be a whole number, was '" + request.pathParam("chunk_index") + "'");
        }
        StatementResult result = statement.result();
        if (statement.state() != Statement.State.SUCCEEDED || result == null) {
            throw ApiException.badRequest("Statement " + statement.id() + " is " + statement.state()
                    + "; result chunks exist only for SUCCEEDED statements");
        }
        return result.chunk(index);
    }
}
