package dev.lakeroute.dblocal.controlplane.resources.engine;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;

import java.util.List;
import java.util.Optional;

/**
 * Where an endpoint finds the id of the resource it addresses: a path parameter
 * ({@code /ip-access-lists/{ip_access_list_id}}) or a field read from the body, else the query string
 * ({@code instance-pools/get?instance_pool_id=}), possibly under a deprecated alias ({@code run_uuid}).
 */
public record IdSource(String name, boolean inPath, List<String> aliases) {
    public IdSource {
        aliases = List.copyOf(aliases);
    }

    public static IdSource path(String name) {
        return new IdSource(name, true, List.of());
    }

    public static IdSource field(String name, String... aliases) {
        return new IdSource(name, false, List.of(aliases));
    }

    public String read(ApiRequest request) {
        if (inPath) {
            String value = request.pathParam(name);
            if (value == null || value.isEmpty()) {
                throw ApiException.missingField(name);
            }
            return value;
        }
        Optional<String> value = request.string(name).filter(v -> !v.isEmpty());
        for (String alias : aliases) {
            if (value.isPresent()) {
                break;
            }
            value = request.string(alias).filter(v -> !v.isEmpty());
        }
        return value.orElseThrow(() -> ApiException.missingField(name));
    }
}
