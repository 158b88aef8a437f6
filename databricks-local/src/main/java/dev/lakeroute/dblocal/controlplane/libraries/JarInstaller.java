package dev.lakeroute.dblocal.controlplane.libraries;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Puts a JAR onto the classpath of a cluster's running driver (the execution plane hands one in). A
 * failed future marks the library FAILED with the failure's message.
 */
@FunctionalInterface
public interface JarInstaller {
    CompletableFuture<Void> install(String clusterId, Path jar);
}
