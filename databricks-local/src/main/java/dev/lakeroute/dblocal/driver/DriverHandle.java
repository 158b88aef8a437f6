package dev.lakeroute.dblocal.driver;

import java.nio.file.Path;

/** A started driver: its process, where it listens, and its log (the first place to look when it fails). */
public record DriverHandle(String clusterId, long pid, int port, String master, DriverClient client, Path logFile) {
}
