package dev.lakeroute.dblocal.controlplane.notimplemented;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRoutes;
import io.vertx.core.http.HttpMethod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of the families users script against most (jobs, clusters, SQL, Unity Catalog, SCIM,
 * accounts, …) that databricks-local does not emulate: each answers 501 {@code NOT_IMPLEMENTED} naming the
 * operation, so a client learns that the server lacks it rather than that the path is wrong (a bare 404
 * {@code ENDPOINT_NOT_FOUND} reads as a typo). The list is data ({@value #RESOURCE}); registered after
 * every other family, so an operation that becomes emulated must leave the list (the contract test checks it).
 */
public final class NotImplementedApi implements ApiFamily {
    static final String RESOURCE = "not-implemented.tsv";

    /** One operation that is answered 501: method, path in Databricks' notation, the SDK's service and method. */
    public record Stub(String method, String path, String operation) {
    }

    private final List<Stub> stubs;

    public NotImplementedApi() {
        this(read());
    }

    NotImplementedApi(List<Stub> stubs) {
        this.stubs = List.copyOf(stubs);
    }

    /** The operations answered 501, as listed in the resource. */
    public static List<Stub> stubs() {
        return read();
    }

    @Override
    public void register(ApiRoutes routes) {
        for (Stub stub : stubs) {
            String message = stub.operation() + " (" + stub.method() + " " + stub.path()
                    + ") is a Databricks operation that databricks-local does not emulate.";
            routes.handle(HttpMethod.valueOf(stub.method()), stub.path(), request -> {
                throw ApiException.notImplemented(message);
            });
        }
    }

    private static List<Stub> read() {
        List<Stub> stubs = new ArrayList<>();
        try (InputStream in = NotImplementedApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to " + NotImplementedApi.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected method, path and operation separated by tabs, got: " + line);
                }
                stubs.add(new Stub(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return stubs;
    }
}
