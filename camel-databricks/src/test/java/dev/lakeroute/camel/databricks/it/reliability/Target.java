package dev.lakeroute.camel.databricks.it.reliability;

import java.util.function.IntSupplier;

/**
 * One server the cells run against: the component (scheme) the test's route calls it through, its REST
 * side for faults and checks, and its fixtures. {@code contexts} counts the execution contexts on the
 * fixtures' cluster (the driver's own list), null when the server has no Spark.
 */
record Target(String name, String scheme, LocalAdmin admin, Fixtures fixtures, IntSupplier contexts) {

    String uri(Request request) {
        return scheme + ":" + request.uri();
    }
}
