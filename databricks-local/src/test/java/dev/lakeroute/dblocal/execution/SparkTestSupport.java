package dev.lakeroute.dblocal.execution;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.workspace.Import;
import com.databricks.sdk.service.workspace.ImportFormat;
import com.databricks.sdk.service.workspace.Language;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.testing.QuickWaits;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the execution plane tests share: one RUNNING cluster per server, DBFS uploads, test JARs, driver processes. */
public final class SparkTestSupport {
    static final String DRIVER_MAIN = "dev.lakeroute.dblocal.sparkdriver.DriverMain";
    private static final Map<String, String> CLUSTERS = new ConcurrentHashMap<>();

    /** A JAR job's main class: counts with Spark, prints, and fails when asked to. */
    static final String COUNTER_CLASS = "com.example.jobs.Counter";
    static final String COUNTER = """
            package com.example.jobs;

            import org.apache.spark.sql.SparkSession;

            public class Counter {
                public static void main(String[] args) {
                    SparkSession spark = SparkSession.builder().getOrCreate();
                    long rows = spark.range(Long.parseLong(args[0])).count();
                    System.out.println("counted " + rows + " rows for " + args[1]);
                    System.out.println("partitions=" + spark.conf().get("spark.sql.shuffle.partitions"));
                    if (args.length > 2 && args[2].equals("fail")) {
                        throw new IllegalStateException("failing as asked after " + rows + " rows");
                    }
                }
            }
            """;

    private SparkTestSupport() {
    }

    static WorkspaceClient sdk(String url, String token) {
        return new WorkspaceClient(new DatabricksConfig().setHost(url).setToken(token));
    }

    /** One RUNNING cluster (a real driver) shared by every test on the server at {@code url}. */
    public static String sharedCluster(String url, String token) {
        return CLUSTERS.computeIfAbsent(url, key -> {
            return QuickWaits.runningCluster(sdk(url, token), new CreateCluster()
                    .setClusterName("execution-plane-tests").setSparkVersion("15.4.x-scala2.12").setNodeTypeId("i3.xlarge")
                    .setNumWorkers(0L).setAutoterminationMinutes(0L));
        });
    }

    // ---- DBFS and libraries over raw HTTP -------------------------------------------------------

    /** {@code dbfs/create} + {@code add-block} (1 MB base64 blocks) + {@code close}, as the DBFS API documents uploads. */
    static void dbfsUpload(RawHttp http, String path, byte[] content) {
        RawHttp.Reply created = http.post("/api/2.0/dbfs/create", Json.object().put("path", path).put("overwrite", true).toString());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long handle = created.json().get("handle").asLong();
        for (int offset = 0; offset < content.length || offset == 0; offset += 1 << 20) {
            byte[] block = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + (1 << 20)));
            RawHttp.Reply added = http.post("/api/2.0/dbfs/add-block", Json.object().put("handle", handle)
                    .put("data", Base64.getEncoder().encodeToString(block)).toString());
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            if (content.length == 0) {
                break;
            }
        }
        RawHttp.Reply closed = http.post("/api/2.0/dbfs/close", Json.object().put("handle", handle).toString());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    /** {@code libraries/install} of a DBFS jar, then {@code libraries/cluster-status} until it is INSTALLED. */
    static void installJar(RawHttp http, String clusterId, String dbfsJar) {
        String body = "{\"cluster_id\":\"" + clusterId + "\",\"libraries\":[{\"jar\":\"" + dbfsJar + "\"}]}";
        RawHttp.Reply installed = http.post("/api/2.0/libraries/install", body);
        assertThat(installed.status()).as(installed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode statuses = http.get("/api/2.0/libraries/cluster-status?cluster_id=" + clusterId).json().path("library_statuses");
            for (JsonNode status : statuses) {
                if (dbfsJar.equals(status.path("library").path("jar").asText())) {
                    assertThat(status.path("status").asText()).as(status.toString()).isNotEqualTo("FAILED");
                    return "INSTALLED".equals(status.path("status").asText());
                }
            }
            return false;
        });
    }

    // ---- test JARs ------------------------------------------------------------------------------

    /** The driver's runtime classpath (Spark, Scala, Hadoop), which the driver module writes into its jar. */
    static String sparkClasspath() throws IOException {
        URL resource = SparkTestSupport.class.getClassLoader().getResource("META-INF/lakeroute/driver-classpath.txt");
        assertThat(resource).as("driver-classpath.txt of databricks-local-driver").isNotNull();
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /** Compiles {@code sources} (class name → Java source) against Spark into a jar; {@code mainClass} goes into the manifest if given. */
    static byte[] compileJar(Path dir, Map<String, String> sources, String mainClass) throws IOException {
        Path src = Files.createTempDirectory(dir, "src");
        Path classes = Files.createTempDirectory(dir, "classes");
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", sparkClasspath(), "--release", "17"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(exit).as("javac: " + errors.toString(StandardCharsets.UTF_8)).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar.toByteArray();
    }

    // ---- workspace and jobs ---------------------------------------------------------------------

    static void importScalaNotebook(WorkspaceClient w, String path, String source) {
        w.workspace().mkdirs(path.substring(0, path.lastIndexOf('/')));
        w.workspace().importContent(new Import().setPath(path).setFormat(ImportFormat.SOURCE).setLanguage(Language.SCALA)
                .setOverwrite(true).setContent(Base64.getEncoder().encodeToString(source.getBytes(StandardCharsets.UTF_8))));
    }

    static Run awaitRun(WorkspaceClient w, long runId, Duration limit) {
        return QuickWaits.run(w, runId, limit);
    }

    // ---- driver processes -----------------------------------------------------------------------

    /** Live driver JVMs (of any server in this machine) serving {@code clusterId}. */
    static List<ProcessHandle> driverProcesses(String clusterId) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process).map(line -> line.contains(DRIVER_MAIN)
                        && line.contains("--cluster-id " + clusterId)).orElse(false))
                .toList();
    }

    /** Live driver JVMs started by this test JVM. */
    static List<ProcessHandle> ownDriverProcesses() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process).map(line -> line.contains(DRIVER_MAIN)).orElse(false))
                .toList();
    }

    private static Optional<String> commandLine(ProcessHandle process) {
        return process.info().commandLine().or(() -> process.info().arguments().map(args -> String.join(" ", args)));
    }
}
