package dev.lakeroute.camel.databricks.clusters;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a runtime from {@code clusters/spark-versions}: the highest {@code M.F.x} version, standard
 * flavour only (no ML, GPU, Photon, ESR, genomics or Light runtimes), LTS ones only for {@code latest-lts};
 * ties go to the lowest Scala version, as the SDKs default to Scala 2.12.
 */
public final class SparkVersionSelector {

    public static final String LATEST_LTS = "latest-lts";
    public static final String LATEST = "latest";
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.x-(.*)$");
    private static final List<String> FLAVOURS = List.of("-ml", "ml-", "-gpu", "gpu-", "-photon", "photon-", "-esr", "esr-",
            "genomics", "-hls", "aarch64");

    /** One entry of clusters/spark-versions. */
    public record SparkVersion(String key, String name) {
    }

    private SparkVersionSelector() {
    }

    public static boolean isAlias(String requested) {
        return LATEST_LTS.equalsIgnoreCase(requested) || LATEST.equalsIgnoreCase(requested);
    }

    public static Optional<String> select(List<SparkVersion> versions, boolean ltsOnly) {
        return versions.stream()
                .filter(v -> v.key() != null && VERSION.matcher(v.key()).matches())
                .filter(v -> FLAVOURS.stream().noneMatch(f -> v.key().toLowerCase(Locale.ROOT).contains(f)))
                .filter(v -> !ltsOnly || v.name() != null && v.name().contains("LTS"))
                .max(Comparator.<SparkVersion>comparingInt(v -> part(v, 1))
                        .thenComparingInt(v -> part(v, 2))
                        .thenComparing(SparkVersion::key, Comparator.reverseOrder()))
                .map(SparkVersion::key);
    }

    private static int part(SparkVersion v, int group) {
        Matcher m = VERSION.matcher(v.key());
        return m.matches() ? Integer.parseInt(m.group(group)) : -1;
    }
}
