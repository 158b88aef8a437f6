package dev.lakeroute.dblocal.http;

/** A Databricks API family (clusters, dbfs, jobs, …) that registers its operations on the server. */
public interface ApiFamily {
    void register(ApiRoutes routes);
}
