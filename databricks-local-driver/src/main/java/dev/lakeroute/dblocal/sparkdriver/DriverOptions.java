package dev.lakeroute.dblocal.sparkdriver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's command line, as {@code DriverLauncher} in databricks-local writes it. JDK types only:
 * the control plane loads this class, and Spark must never be on its classpath.
 *
 * @param rowLimit the row cap of {@code table} results; Databricks truncates at 1000 rows too
 */
public record DriverOptions(int port, String clusterId, String master, Path dbfsRoot, Path readyFile,
                            int maxContexts, int rowLimit, Map<String, String> sparkConf) {

    public static final int DEFAULT_MAX_CONTEXTS = 16;
    public static final int DEFAULT_ROW_LIMIT = 1000;

    /** The arguments {@link #parse} reads back. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port), "--cluster-id", clusterId,
                "--master", master, "--dbfs-root", dbfsRoot.toString(),
                "--max-contexts", Integer.toString(maxContexts), "--row-limit", Integer.toString(rowLimit)));
        if (readyFile != null) {
            args.addAll(List.of("--ready-file", readyFile.toString()));
        }
        sparkConf.forEach((key, value) -> args.addAll(List.of("--conf", key + "=" + value)));
        return args;
    }

    public static DriverOptions parse(String... args) {
        int port = 0;
        String clusterId = "local";
        String master = "local[2]";
        Path dbfsRoot = null;
        Path readyFile = null;
        int maxContexts = DEFAULT_MAX_CONTEXTS;
        int rowLimit = DEFAULT_ROW_LIMIT;
        Map<String, String> conf = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--port" -> port = Integer.parseInt(value);
                case "--cluster-id" -> clusterId = value;
                case "--master" -> master = value;
                case "--dbfs-root" -> dbfsRoot = Path.of(value).toAbsolutePath().normalize();
                case "--ready-file" -> readyFile = Path.of(value).toAbsolutePath();
                case "--max-contexts" -> maxContexts = Integer.parseInt(value);
                case "--row-limit" -> rowLimit = Integer.parseInt(value);
                case "--conf" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--conf expects key=value, got '" + value + "'");
                    }
                    conf.put(value.substring(0, eq), value.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("Unknown option " + name
                        + " (allowed: --port --cluster-id --master --dbfs-root --ready-file --max-contexts --row-limit --conf)");
            }
        }
        if (dbfsRoot == null) {
            throw new IllegalArgumentException("--dbfs-root is required");
        }
        if (maxContexts < 1) {
            throw new IllegalArgumentException("--max-contexts must be at least 1");
        }
        return new DriverOptions(port, clusterId, master, dbfsRoot, readyFile, maxContexts, rowLimit, Map.copyOf(conf));
    }
}
