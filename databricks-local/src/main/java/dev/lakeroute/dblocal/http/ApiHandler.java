package dev.lakeroute.dblocal.http;

/**
 * One API operation. Runs on a worker thread, so it may do file and store I/O. The result is
 * serialised as JSON ({@code null} answers {@code {}}), or is an {@link ApiResponse} for anything else.
 */
@FunctionalInterface
public interface ApiHandler {
    Object handle(ApiRequest request) throws Exception;
}
