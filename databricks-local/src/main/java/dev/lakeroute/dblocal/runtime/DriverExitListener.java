package dev.lakeroute.dblocal.runtime;

/** Told when a driver ends without being stopped (crash, OOM, killed): its cluster is no longer RUNNING. */
@FunctionalInterface
public interface DriverExitListener {
    void driverExited(String clusterId, int exitCode, String logTail);
}
