package dev.lakeroute.dblocal.controlplane;

import dev.lakeroute.dblocal.controlplane.token.TokenApi;
import dev.lakeroute.dblocal.http.ApiFamily;

import java.util.List;

/** Every API family the server answers. One line per family. */
public final class Families {
    private Families() {
    }

    public static List<ApiFamily> all(ServerContext context) {
        return List.of(
                new TokenApi(context)
        );
    }
}
