package dev.lakeroute.camel.databricks.files;

import java.util.Set;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;

/** What the two downloads ({@link DbfsDownloader}, {@link FilesDownloadStep}) share: one operation each, and localPath. */
abstract class DownloadStep implements CompositeStep<DownloadStep.Options> {

    private static final Set<String> DOWNLOADS = Set.of("dbfs/read", "fs/files/download");

    private final String name;

    /** @param localPath the file to write to, or null for a temporary one (see {@link LocalTarget}) */
    public record Options(String localPath) {
    }

    DownloadStep(String operation) {
        this.name = operation;
    }

    @Override
    public final Set<String> operations() {
        return Set.of(name);
    }

    /** Both downloads run this check; it refuses localPath on every other operation, so running it twice changes nothing. */
    @Override
    public final void validate(OptionCheck check) {
        check.onlyFor("localPath", check.config().getLocalPath() != null && !DOWNLOADS.contains(check.operation().name()),
                "dbfs/read and fs/files/download");
    }

    @Override
    public final Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(config.getLocalPath());
    }
}
