package dev.lakeroute.dblocal.sparkdriver;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends the driver when databricks-local is gone, however it went (even {@code kill -9}, which runs no
 * shutdown hook): the launcher holds the driver's stdin open, so EOF on stdin means the parent died;
 * the parent's process handle is watched as well, for launchers that close stdin.
 */
final class ParentWatcher {
    private ParentWatcher() {
    }

    static void watch(InputStream stdin, Runnable onParentGone) {
        Thread reader = new Thread(() -> {
            try {
                byte[] buffer = new byte[256];
                while (stdin.read(buffer) >= 0) {
                    // The launcher sends nothing; reading only waits for EOF.
                }
            } catch (IOException closed) {
                // Same meaning as EOF.
            }
            onParentGone.run();
        }, "lakeroute-parent-stdin");
        reader.setDaemon(true);
        reader.start();
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(onParentGone));
    }
}
