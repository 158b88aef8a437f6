package dev.lakeroute.camel.databricks.files;

import java.util.Set;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.step.OptionCheck;

/**
 * The options of the two downloads, {@link DbfsDownloader} and {@link FilesDownloadStep}.
 *
 * @param localPath the file to write to, or null for a temporary one (see {@link LocalTarget})
 */
public record DownloadOptions(String localPath) {

    private static final Set<String> DOWNLOADS = Set.of("dbfs/read", "fs/files/download");

    static DownloadOptions of(DatabricksConfiguration config) {
        return new DownloadOptions(config.getLocalPath());
    }

    /** Both downloads run this check; it refuses localPath on every other operation, so running it twice changes nothing. */
    static void validate(OptionCheck check) {
        check.onlyFor("localPath", check.config().getLocalPath() != null && !DOWNLOADS.contains(check.operation().name()),
                "dbfs/read and fs/files/download");
    }
}
