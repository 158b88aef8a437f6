package dev.lakeroute.camel.databricks.catalogue;

/**
 * A name an earlier catalogue used ({@code scripts/catalogue/aliases.tsv}): renamed when a Databricks SDK
 * update gave the same HTTP call another name, so routes written against the old name keep working; or
 * removed when the SDK dropped the call, so the old name fails saying what happened instead of "unknown".
 *
 * @param oldName    the name routes may still use
 * @param newName    the operation it now means; empty when the call was removed
 * @param sdkVersion the databricks-sdk-java version whose catalogue renamed or dropped it
 * @param httpMethod the HTTP method of the call the old name made
 * @param path       the path template of the call the old name made
 */
public record OperationAlias(String oldName, String newName, String sdkVersion, String httpMethod, String path) {

    public boolean removed() {
        return newName.isEmpty();
    }
}
