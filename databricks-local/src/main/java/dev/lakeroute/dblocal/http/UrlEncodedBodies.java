package dev.lakeroute.dblocal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads {@code application/x-www-form-urlencoded} bodies whole, instead of Vert.x's form decoder. {@code curl -d}
 * labels every body so, JSON included: the decoder refuses a field over 8 KB and any {@code %} that is not an escape,
 * and turns {@code +} into spaces. Reading the bytes first lets {@link ApiRequest} take JSON as JSON and decode
 * real forms itself; the only limit is the server's body limit.
 */
final class UrlEncodedBodies {
    static final String BODY = "lakeroute.urlEncodedBody";
    private static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final long limit;

    UrlEncodedBodies(long limit) {
        this.limit = limit;
    }

    static boolean applies(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(CONTENT_TYPE);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String announced = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && parse(announced) > limit) {
            tooLarge(ctx);
            return;
        }
        if (request.isEnded()) {
            ctx.put(BODY, Buffer.buffer());
            ctx.next();
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            ctx.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = new boolean[1];
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                tooLarge(ctx);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            refused[0] = true;
            Replies.fail(ctx, failure);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                ctx.put(BODY, body);
                ctx.next();
            }
        });
        request.resume();
    }

    /** The fields of a body read here: a JSON object as it is, form fields as strings (the first of repeated names). */
    static ObjectNode fields(Buffer body) {
        String text = body.toString(StandardCharsets.UTF_8);
        if (text.stripLeading().startsWith("{")) {
            JsonNode parsed = Json.parse(body.getBytes());
            if (!parsed.isObject()) {
                throw ApiException.malformedRequest("Invalid JSON given in the body of the request - expected a JSON object");
            }
            return (ObjectNode) parsed;
        }
        ObjectNode fields = Json.object();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!fields.has(name)) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.malformedRequest("The form-encoded body is malformed (" + e.getMessage()
                    + "); send JSON with Content-Type: application/json, or escape '%' as %25 in form fields.");
        }
    }

    private void tooLarge(RoutingContext ctx) {
        // The rest of the body would follow on this connection: close it once the answer is out.
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        Replies.fail(ctx, ApiServer.tooLarge(limit));
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
