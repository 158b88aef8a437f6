package dev.lakeroute.dblocal.driver;

import java.util.List;
import java.util.Optional;

/** The live JVMs this test JVM started for a cluster: its driver, standalone Master and Workers (named by the cluster id). */
final class ClusterProcesses {
    private ClusterProcesses() {
    }

    static List<ProcessHandle> of(String clusterId) {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(process -> commandLine(process).map(line -> line.contains(clusterId)).orElse(false))
                .toList();
    }

    private static Optional<String> commandLine(ProcessHandle process) {
        return process.info().commandLine().or(() -> process.info().arguments().map(args -> String.join(" ", args)));
    }
}
