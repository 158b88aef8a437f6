package dev.lakeroute.dblocal.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultInjector;
import dev.lakeroute.dblocal.faults.FaultKind;

import java.util.Arrays;
import java.util.Locale;

/** {@code /local/faults}: tests make the next N calls of an operation fail in a chosen way. */
final class FaultAdminRoutes implements ApiFamily {
    private final FaultInjector faults;

    FaultAdminRoutes(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/local/faults", request -> {
            ObjectNode body = request.body();
            String kind = body.path("kind").asText("");
            FaultKind parsed;
            try {
                parsed = FaultKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter("kind must be one of " + Arrays.toString(FaultKind.values()) + ", was '" + kind + "'");
            }
            Fault fault = new Fault(body.path("operation").asText(""), parsed, body.path("count").asInt(1),
                    body.path("retry_after_seconds").asInt(parsed == FaultKind.RATE_LIMIT ? 1 : 0),
                    body.path("delay_ms").asLong(parsed == FaultKind.DELAY ? 1000 : 0));
            faults.inject(fault);
            return toJson(fault);
        });
        routes.get("/local/faults", request -> {
            ArrayNode list = Json.array();
            faults.pending().forEach(fault -> list.add(toJson(fault)));
            return Json.object().set("faults", list);
        });
        routes.delete("/local/faults", request -> {
            faults.clear();
            return Json.object();
        });
    }

    private static ObjectNode toJson(Fault fault) {
        return Json.object()
                .put("operation", fault.operation())
                .put("kind", fault.kind().name())
                .put("count", fault.count())
                .put("retry_after_seconds", fault.retryAfterSeconds())
                .put("delay_ms", fault.delayMillis());
    }
}
