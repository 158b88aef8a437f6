package dev.lakeroute.dblocal.http;

import java.io.IOException;
import java.util.function.Function;

/**
 * An operation over workspace files (DBFS, Files, Volumes) whose file system failures each API reports in
 * its own error codes: a failure the translation does not know (returns {@code null} for) stays as it is.
 */
@FunctionalInterface
public interface FileApiHandler {
    Object handle(ApiRequest request) throws IOException;

    static ApiHandler translating(Function<IOException, ApiException> errors, FileApiHandler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (IOException e) {
                ApiException api = errors.apply(e);
                throw api == null ? e : api;
            }
        };
    }
}
