package dev.lakeroute.dblocal.contract;

import dev.lakeroute.dblocal.http.ApiRoute;
import dev.lakeroute.dblocal.http.RawHttp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes a server emulates (its 501 stubs left out), and whether one of them answers a catalogue
 * operation: same method, same path with any API version and any names of path parameters. A route's path
 * parameter may also stand for a fixed segment of the catalogue's path, as the generic
 * {@code permissions/{request_object_type}/{request_object_id}} stands for {@code permissions/clusters/{cluster_id}};
 * that counts only when the server accepts the segment there: a GET of the concrete path is not refused with
 * 400 INVALID_PARAMETER_VALUE (an unsupported object type).
 */
final class ServedRoutes {
    private final List<ApiRoute> routes;
    private final RawHttp http;
    private final Map<String, Boolean> accepted = new HashMap<>();

    ServedRoutes(List<ApiRoute> all, Set<RouteKey> stubs, RawHttp http) {
        this.routes = all.stream().filter(route -> !stubs.contains(RouteKey.of(route.method(), route.path()))).toList();
        this.http = http;
    }

    boolean answers(CatalogueOperation operation) {
        boolean throughFixedSegment = false;
        for (ApiRoute route : routes) {
            Match match = match(route, operation);
            if (match == Match.EXACT) {
                return true;
            }
            throughFixedSegment |= match == Match.THROUGH_PARAMETER;
        }
        return throughFixedSegment && accepts(operation.path());
    }

    private enum Match { NONE, EXACT, THROUGH_PARAMETER }

    private static Match match(ApiRoute route, CatalogueOperation operation) {
        if (!route.method().equalsIgnoreCase(operation.method())) {
            return Match.NONE;
        }
        String[] served = RouteKey.of(route.method(), route.path()).path().split("/", -1);
        String[] wanted = RouteKey.of(operation.method(), operation.path()).path().split("/", -1);
        if (served.length != wanted.length) {
            return Match.NONE;
        }
        Match match = Match.EXACT;
        for (int i = 0; i < served.length; i++) {
            if (served[i].equals(wanted[i])) {
                continue;
            }
            if (served[i].equals("{}") && !wanted[i].contains("{")) {
                match = Match.THROUGH_PARAMETER;
                continue;
            }
            return Match.NONE;
        }
        return match;
    }

    private boolean accepts(String path) {
        String concrete = path.replaceAll("\\{[^}]*}", "x1");
        return accepted.computeIfAbsent(concrete, p -> {
            RawHttp.Reply reply = http.get(p);
            return !(reply.status() == 400 && "INVALID_PARAMETER_VALUE".equals(reply.errorCode()));
        });
    }
}
