package dev.lakeroute.dblocal.controlplane.libraries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.ApiException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the local file behind a library: {@code dbfs:/} and {@code /Volumes/} JARs in the DBFS
 * directory, {@code /Workspace/} JARs in the workspace directory, Maven coordinates in the local Maven
 * repository. Python and R libraries cannot be installed: there is no PySpark or R here.
 */
final class LibraryResolver {
    static final List<String> KINDS = List.of("jar", "maven", "whl", "pypi", "egg", "cran", "requirements");

    /** A resolved JAR, or the reason the library cannot be installed. */
    record Resolution(Path jar, String failure) {
        static Resolution of(Path jar) {
            return new Resolution(jar, null);
        }

        static Resolution failed(String message) {
            return new Resolution(null, message);
        }

        boolean ok() {
            return jar != null;
        }
    }

    private final Path dbfsRoot;
    private final Path workspaceRoot;
    private final Path mavenRepository;

    LibraryResolver(Path dbfsRoot, Path workspaceRoot, Path mavenRepository) {
        this.dbfsRoot = dbfsRoot.toAbsolutePath().normalize();
        this.workspaceRoot = workspaceRoot.toAbsolutePath().normalize();
        this.mavenRepository = mavenRepository.toAbsolutePath().normalize();
    }

    /** Rejects library objects that are not one of Databricks' library kinds, as {@code libraries/install} does. */
    static void validate(JsonNode library) {
        if (!library.isObject()) {
            throw ApiException.invalidParameter("Each library must be an object such as {\"jar\": \"dbfs:/path.jar\"}, was " + library);
        }
        long kinds = KINDS.stream().filter(library::hasNonNull).count();
        if (kinds != 1) {
            throw ApiException.invalidParameter("Each library must specify exactly one of " + String.join(", ", KINDS) + ", was " + library);
        }
        if (library.has("maven") && library.path("maven").path("coordinates").asText("").isBlank()) {
            throw ApiException.missingField("maven.coordinates");
        }
        if (library.has("pypi") && library.path("pypi").path("package").asText("").isBlank()) {
            throw ApiException.missingField("pypi.package");
        }
        if (library.has("cran") && library.path("cran").path("package").asText("").isBlank()) {
            throw ApiException.missingField("cran.package");
        }
    }

    Resolution resolve(JsonNode library) {
        if (library.hasNonNull("jar")) {
            return jar(library.get("jar").asText());
        }
        if (library.hasNonNull("maven")) {
            return maven(library.get("maven").path("coordinates").asText());
        }
        String kind = KINDS.stream().filter(library::hasNonNull).findFirst().orElse("library");
        return Resolution.failed("Library installation failed: " + kind + " libraries are not supported by databricks-local "
                + "(no PySpark/R on its clusters); only jar and maven libraries can be installed.");
    }

    private Resolution jar(String location) {
        Path file;
        Path root = null;
        if (location.startsWith("dbfs:/")) {
            root = dbfsRoot;
            file = within(dbfsRoot, location.substring("dbfs:".length()));
        } else if (location.startsWith("/Volumes/")) {
            root = dbfsRoot;
            file = within(dbfsRoot, location);
        } else if (location.startsWith("/Workspace/")) {
            root = workspaceRoot;
            file = within(workspaceRoot, location.substring("/Workspace".length()));
        } else if (location.startsWith("file:/")) {
            file = Path.of(java.net.URI.create(location));
        } else {
            return Resolution.failed("Library installation failed for library due to user error for jar: \"" + location
                    + "\". databricks-local installs JARs from dbfs:/, /Volumes/ and /Workspace/ paths only.");
        }
        if (file == null) {
            return Resolution.failed("Library installation failed for library due to user error for jar: \"" + location
                    + "\". The path leaves the DBFS root.");
        }
        if (!Files.isRegularFile(file)) {
            return Resolution.failed("Library installation failed for library due to user error for jar: \"" + location
                    + "\"\n Error messages:\njava.io.FileNotFoundException: " + location + " does not exist");
        }
        if (root != null && !insideRealRoot(root, file)) {
            return Resolution.failed("Library installation failed for library due to user error for jar: \"" + location
                    + "\". The path leaves the DBFS root through a link.");
        }
        return Resolution.of(file);
    }

    private static boolean insideRealRoot(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Resolution maven(String coordinates) {
        String[] parts = coordinates.trim().split(":");
        if (parts.length < 3 || parts.length > 5) {
            return Resolution.failed("Invalid Maven coordinates \"" + coordinates + "\": expected groupId:artifactId:version");
        }
        String group = parts[0];
        String artifact = parts[1];
        String version = parts[parts.length - 1];
        String classifier = parts.length == 5 ? "-" + parts[3] : "";
        Path jar = mavenRepository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + classifier + ".jar").normalize();
        if (!jar.startsWith(mavenRepository) || !Files.isRegularFile(jar)) {
            return Resolution.failed("Library resolution failed because " + coordinates + " was not found in the local Maven "
                    + "repository (" + mavenRepository + "); databricks-local resolves Maven libraries only from there, "
                    + "without their dependencies.");
        }
        return Resolution.of(jar);
    }

    private static Path within(Path root, String path) {
        Path resolved = root.resolve(path.replaceFirst("^/+", "")).normalize();
        return resolved.startsWith(root) ? resolved : null;
    }
}
