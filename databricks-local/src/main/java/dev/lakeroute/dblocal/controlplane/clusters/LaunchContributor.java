package dev.lakeroute.dblocal.controlplane.clusters;

import java.nio.file.Path;
import java.util.List;

/** Adds JARs to a cluster's driver when it (re)starts — how installed libraries reach the classpath. */
@FunctionalInterface
public interface LaunchContributor {
    List<Path> jarsFor(String clusterId);
}
