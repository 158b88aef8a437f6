package dev.lakeroute.dblocal.http;

import java.util.Map;

/** A reply that is not a plain 200 JSON object: another status, raw bytes, or extra headers. */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static ApiResponse json(int status, Object body) {
        return new ApiResponse(status, "application/json", Json.write(body == null ? Json.object() : body), Map.of());
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, new byte[0], Map.of());
    }

    public static ApiResponse bytes(String contentType, byte[] body, Map<String, String> headers) {
        return new ApiResponse(200, contentType, body, headers);
    }
}
