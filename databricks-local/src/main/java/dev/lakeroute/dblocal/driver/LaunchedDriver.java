package dev.lakeroute.dblocal.driver;

import java.nio.file.Path;

/** A driver process that answered: the handle callers get, plus what only the launcher needs. */
record LaunchedDriver(DriverHandle handle, Process process, Path workDir) {

    String clusterId() {
        return handle.clusterId();
    }
}
