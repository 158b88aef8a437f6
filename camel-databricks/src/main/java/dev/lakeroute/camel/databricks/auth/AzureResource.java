package dev.lakeroute.camel.databricks.auth;

/** Constants of Azure AD's view of Azure Databricks. */
public final class AzureResource {

    /** The Azure Databricks first-party application; tokens for it are accepted by every workspace. */
    public static final String DATABRICKS_APPLICATION_ID = "2ff814a6-3304-4ab8-85cb-cd0e6f879c1d";
    public static final String DATABRICKS_SCOPE = DATABRICKS_APPLICATION_ID + "/.default";

    private AzureResource() {
    }
}
