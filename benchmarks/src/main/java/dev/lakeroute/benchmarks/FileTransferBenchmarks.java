package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * B3: a large file through DBFS (put, read) and the Files API (upload, download): the route in a child JVM
 * limited to {@code -Xmx256m}, against the SDK's helpers and raw streaming HTTP, each in a JVM of its own,
 * interleaved per repetition. Bytes read back are checked by SHA-256.
 */
final class FileTransferBenchmarks {
    private static final String[] TRANSFERS = {"dbfs_put", "dbfs_read", "files_upload", "files_download"};
    private final boolean quick;

    FileTransferBenchmarks(boolean quick) {
        this.quick = quick;
    }

    void b3(Report report) throws Exception {
        long mib = quick ? 64 : 1024;
        int repetitions = quick ? 1 : 3;
        report.section("B3", mib + " MiB through dbfs/put + dbfs/read and fs/files/upload + download, route (child JVM -Xmx256m) vs "
                + "SDK helpers vs raw streaming HTTP (JDK HttpClient), " + repetitions + " repetition(s)");
        Path work = Files.createTempDirectory("bench-b3-");
        try (DatabricksLocal local = DatabricksLocal.builder().dataDir(work.resolve("server")).start()) {
            Path source = work.resolve("source.bin");
            writeRandom(source, mib * 1024 * 1024);
            Map<String, Map<String, List<Double>>> rates = new LinkedHashMap<>();
            Map<String, List<String>> extras = new LinkedHashMap<>();
            for (int r = 0; r < repetitions; r++) {
                for (String side : List.of("raw", "sdk", "route")) {
                    String heap = side.equals("route") ? "256m" : "2g";
                    Map<String, String> result = ChildJvm.run(heap, FileTransferClient.class,
                            List.of(side, local.url(), local.token(), source.toString(), work.resolve("client").toString()));
                    for (String transfer : TRANSFERS) {
                        rates.computeIfAbsent(side, s -> new LinkedHashMap<>()).computeIfAbsent(transfer, t -> new ArrayList<>())
                                .add(mib / (Long.parseLong(result.get(transfer + "_ms")) / 1000.0));
                    }
                    extras.computeIfAbsent(side, s -> new ArrayList<>()).add("identical=" + result.get("identical")
                            + " heap_growth=" + result.get("heap_growth_mb") + "MiB");
                }
            }
            StringBuilder figure = new StringBuilder("B3");
            for (String transfer : TRANSFERS) {
                Stats route = new Stats(rates.get("route").get(transfer));
                Stats sdk = new Stats(rates.get("sdk").get(transfer));
                Stats raw = new Stats(rates.get("raw").get(transfer));
                report.row(transfer + ": route / SDK / raw", String.format(Locale.ROOT, "%.0f / %.0f / %.0f MiB/s (medians)",
                        route.median(), sdk.median(), raw.median()));
                Stats vsSdk = route.over(sdk);
                Stats vsRaw = route.over(raw);
                report.row(transfer + ": route / SDK — target ≥ 1.0", vsSdk.format("×"));
                report.row(transfer + ": route / raw — target ≥ 0.8", vsRaw.format("×"));
                figure.append(String.format(Locale.ROOT, " %s_vs_sdk=%.2f %s_vs_raw=%.2f", transfer, vsSdk.median(), transfer, vsRaw.median()));
            }
            for (Map.Entry<String, List<String>> side : extras.entrySet()) {
                report.row(side.getKey() + ": bytes identical (SHA-256), live heap growth (after-GC samples, 0.5 s)"
                        + (side.getKey().equals("route") ? " — target ≤ 64 MiB" : ""), String.join("; ", side.getValue()));
            }
            report.figure(figure.append(" route_heap_growth_mib=").append(extras.get("route").stream()
                    .map(e -> e.substring(e.indexOf("heap_growth=") + 12, e.length() - 3)).reduce((a, b) -> a + "," + b).orElse("")).toString());
        } finally {
            deleteRecursively(work);
        }
    }

    private static void writeRandom(Path file, long bytes) throws Exception {
        Random random = new Random(42);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
    }

    private static void deleteRecursively(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
