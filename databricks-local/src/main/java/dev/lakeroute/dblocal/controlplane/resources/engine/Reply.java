package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiResponse;
import dev.lakeroute.dblocal.http.Json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an operation answers: the resource itself, the resource wrapped in a field
 * ({@code {"ip_access_list": {...}}}), only some of its fields ({@code {"instance_pool_id": ...}}),
 * or nothing.
 */
public sealed interface Reply {

    Object render(ObjectNode view);

    static Reply whole() {
        return new Whole();
    }

    static Reply wrapped(String field) {
        return new Wrapped(field);
    }

    static Fields fields(String... fields) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String field : fields) {
            names.put(field, field);
        }
        return new Fields(names);
    }

    /** One field of the resource under another name ({@code info} answered as {@code run_info}). */
    static Fields renamed(String field, String as) {
        return new Fields(Map.of(field, as));
    }

    static Reply empty() {
        return new Empty(200);
    }

    static Reply noContent() {
        return new Empty(204);
    }

    record Whole() implements Reply {
        @Override
        public Object render(ObjectNode view) {
            return view;
        }
    }

    record Wrapped(String field) implements Reply {
        @Override
        public Object render(ObjectNode view) {
            return Json.object().set(field, view);
        }
    }

    /** Some fields of the resource, each under the name the answer uses. */
    record Fields(Map<String, String> names) implements Reply {
        public Fields {
            names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        }

        /** The same answer with one more field, answered under {@code as}. */
        public Fields and(String field, String as) {
            Map<String, String> more = new LinkedHashMap<>(names);
            more.put(field, as);
            return new Fields(more);
        }

        @Override
        public Object render(ObjectNode view) {
            ObjectNode reply = Json.object();
            names.forEach((field, as) -> {
                JsonNode value = view.get(field);
                if (value != null) {
                    reply.set(as, value);
                }
            });
            return reply;
        }
    }

    record Empty(int status) implements Reply {
        @Override
        public Object render(ObjectNode view) {
            return status == 200 ? Json.object() : ApiResponse.empty(status);
        }
    }
}
