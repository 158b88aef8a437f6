package dev.lakeroute.dblocal.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Any id as a safe single file name (ids may hold '/', ':' or '..'). */
final class FileNames {
    private FileNames() {
    }

    static String encode(String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("*", "%2A");
        return encoded.startsWith(".") ? "%2E" + encoded.substring(1) : encoded;
    }

    static String decode(String name) {
        return URLDecoder.decode(name, StandardCharsets.UTF_8);
    }
}
