package dev.lakeroute.dblocal.controlplane.files;

import dev.lakeroute.dblocal.controlplane.dbfs.SafePaths;
import dev.lakeroute.dblocal.http.ApiException;

import java.util.List;

/**
 * The Files API's path, taken from the raw (still percent-encoded) request path so that encoded
 * traversal is seen before anything decodes it: {@code /api/2.0/fs/files/Volumes/c/s/v/a%20b} →
 * {@code /Volumes/c/s/v/a b}. Volume files live in the DBFS tree under {@code /Volumes/…}, where DBFS and
 * Spark see them too.
 */
record VolumePath(String path, List<String> segments) {
    private static final int VOLUME_ROOT_DEPTH = 4;

    /** True for {@code /Volumes/<catalog>/<schema>/<volume>} itself. */
    boolean isVolumeRoot() {
        return segments.size() == VOLUME_ROOT_DEPTH;
    }

    static VolumePath ofFile(String rawRequestPath, String apiPrefix) {
        VolumePath path = parse(rawRequestPath, apiPrefix);
        if (path.segments.size() <= VOLUME_ROOT_DEPTH) {
            throw ApiException.invalidParameter("A file path needs a name inside a volume: /Volumes/<catalog>/<schema>/<volume>/<file>, got " + path.path);
        }
        return path;
    }

    static VolumePath ofDirectory(String rawRequestPath, String apiPrefix) {
        return parse(rawRequestPath, apiPrefix);
    }

    private static VolumePath parse(String rawRequestPath, String apiPrefix) {
        if (!rawRequestPath.startsWith(apiPrefix)) {
            throw ApiException.invalidParameter("Malformed request path " + rawRequestPath + ": expected " + apiPrefix + "/Volumes/...");
        }
        String encoded = rawRequestPath.substring(apiPrefix.length());
        if (encoded.isEmpty() || encoded.equals("/")) {
            throw ApiException.invalidParameter("Missing path: use " + apiPrefix + "/Volumes/<catalog>/<schema>/<volume>/...");
        }
        // Checked before and after decoding: %2F must not turn a harmless segment into a traversal.
        SafePaths.segments(encoded);
        List<String> segments = SafePaths.segments(SafePaths.percentDecode(encoded));
        if (segments.size() < VOLUME_ROOT_DEPTH || !segments.get(0).equals("Volumes")) {
            throw ApiException.invalidParameter("The Files API serves Unity Catalog volumes only: paths must be absolute and look like"
                    + " /Volumes/<catalog>/<schema>/<volume>/..., got /" + String.join("/", segments));
        }
        return new VolumePath("/" + String.join("/", segments), List.copyOf(segments));
    }
}
