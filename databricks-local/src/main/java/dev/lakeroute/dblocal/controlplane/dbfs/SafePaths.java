package dev.lakeroute.dblocal.controlplane.dbfs;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.StateStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps API paths ({@code /a/b}, {@code dbfs:/a/b}) to files under one root directory so that no path a
 * client can send reaches outside it: {@code .}/{@code ..} segments, backslashes, NUL and control
 * characters are refused, also when hidden behind (repeated) percent-encoding, and symbolic links are
 * never followed — a link inside the root could point anywhere. Shared by DBFS, the Files API, the
 * workspace tree and the execution plane's {@code dbfs:/} resolution.
 */
public final class SafePaths {
    /** How often a segment is percent-decoded when looking for hidden traversal ({@code %25252e…}). */
    private static final int MAX_DECODE_ROUNDS = 4;

    private final Path root;

    public SafePaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static SafePaths dbfs(StateStore store) {
        return new SafePaths(store.dbfsRoot());
    }

    public static SafePaths workspace(StateStore store) {
        return new SafePaths(store.workspaceRoot());
    }

    public Path root() {
        return root;
    }

    /**
     * The file of a DBFS path as DBFS and Spark write it: {@code /x}, {@code dbfs:/x} or {@code dbfs:///x}.
     * Throws a 400 {@link ApiException} for anything that is not a safe absolute path.
     */
    public Path resolveDbfs(String path) {
        return resolve(canonicalDbfs(path));
    }

    /** The canonical form ({@code /a/b}, {@code /} for the root) of a DBFS path with or without {@code dbfs:}. */
    public static String canonicalDbfs(String path) {
        if (path == null) {
            throw ApiException.invalidParameter("Path must not be empty");
        }
        String withoutScheme = path;
        if (path.regionMatches(true, 0, "dbfs:", 0, 5)) {
            withoutScheme = path.substring(5);
            if (withoutScheme.startsWith("//") && !withoutScheme.startsWith("///")) {
                throw ApiException.invalidParameter("Invalid DBFS path " + path + ": dbfs URIs have no authority; use dbfs:/path");
            }
        }
        return canonical(withoutScheme);
    }

    /**
     * The canonical form of an absolute slash-separated path: empty segments dropped, everything unsafe
     * refused with a 400 that names the problem.
     */
    public static String canonical(String path) {
        return "/" + String.join("/", segments(path));
    }

    /** The segments of a safe absolute path ({@code /a//b/} → [a, b]); throws 400 for an unsafe one. */
    public static List<String> segments(String path) {
        if (path == null || path.isEmpty()) {
            throw ApiException.invalidParameter("Path must not be empty");
        }
        checkCharacters(path, path);
        if (!path.startsWith("/")) {
            throw ApiException.invalidParameter("Path must be absolute: " + path);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            checkSegment(path, segment);
            segments.add(segment);
        }
        return segments;
    }

    /** The file of a canonical (or any safe absolute) path, after checking no symbolic link lies on the way. */
    public Path resolve(String path) {
        Path file = root;
        for (String segment : segments(path)) {
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(root)) {
            throw outside(path);
        }
        checkNoSymbolicLinks(path, file);
        return file;
    }

    /** The API path of a file under the root: {@code root/a/b} → {@code /a/b}. */
    public String apiPath(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        if (relative.startsWith("..")) {
            throw new IllegalArgumentException(file + " is not under " + root);
        }
        String joined = relative.toString().replace(java.io.File.separatorChar, '/');
        return joined.isEmpty() ? "/" : "/" + joined;
    }

    /**
     * Refuses a path that passes through a symbolic link, and any whose existing part resolves (by the
     * file system's own resolution) outside the root — e.g. when a link was swapped in concurrently.
     */
    private void checkNoSymbolicLinks(String apiPath, Path file) {
        Path current = root;
        Path deepestExisting = root;
        for (Path name : root.relativize(file)) {
            if (name.toString().isEmpty()) {
                break;
            }
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                throw new ApiException(400, "INVALID_PARAMETER_VALUE",
                        "Path " + apiPath + " passes through a symbolic link; databricks-local does not follow links");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                break;
            }
            deepestExisting = current;
        }
        try {
            if (!deepestExisting.toRealPath().startsWith(root.toRealPath())) {
                throw outside(apiPath);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // Deleted between the checks: nothing exists there to escape through.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException outside(String path) {
        return ApiException.invalidParameter("Path " + path + " resolves outside the file system root");
    }

    private static void checkSegment(String path, String segment) {
        String decoded = segment;
        for (int round = 0; round <= MAX_DECODE_ROUNDS; round++) {
            if (decoded.equals(".") || decoded.equals("..")) {
                throw ApiException.invalidParameter("Path must not contain '.' or '..' segments"
                        + (round == 0 ? "" : " (also not percent-encoded)") + ": " + path);
            }
            if (round > 0) {
                checkCharacters(path, decoded);
                if (decoded.contains("/")) {
                    // An encoded slash could join with an encoded dot-dot once some layer decodes it.
                    for (String inner : decoded.split("/")) {
                        if (inner.equals(".") || inner.equals("..")) {
                            throw ApiException.invalidParameter("Path must not contain percent-encoded '..' segments: " + path);
                        }
                    }
                }
            }
            if (decoded.indexOf('%') < 0) {
                return;
            }
            String next = percentDecodeLenient(decoded);
            if (next.equals(decoded)) {
                return;
            }
            decoded = next;
        }
        throw ApiException.invalidParameter("Path is percent-encoded too many times: " + path);
    }

    private static void checkCharacters(String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                throw ApiException.invalidParameter("Path must not contain backslashes: " + printable(path));
            }
            if (c < 0x20 || c == 0x7f) {
                throw ApiException.invalidParameter("Path must not contain NUL or control characters: " + printable(path));
            }
        }
    }

    private static String printable(String path) {
        StringBuilder out = new StringBuilder(path.length());
        path.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /**
     * Percent-decodes a URL path strictly ({@code +} stays {@code +}, malformed escapes are refused):
     * how the Files API's path arrives once the SDK has encoded it.
     */
    public static String percentDecode(String encoded) {
        String decoded = decode(encoded, true);
        if (decoded == null) {
            throw ApiException.invalidParameter("Malformed percent-encoding in path: " + encoded);
        }
        return decoded;
    }

    private static String percentDecodeLenient(String encoded) {
        return decode(encoded, false);
    }

    private static String decode(String encoded, boolean strict) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()
                    && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else if (c == '%' && strict) {
                return null;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
                    utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
