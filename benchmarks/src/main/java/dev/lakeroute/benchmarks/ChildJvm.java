package dev.lakeroute.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one side of a benchmark in a JVM of its own, so its heap and threads are its own and not the
 * server's; the child prints {@code RESULT key=value …} lines, which come back as a map.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    static Map<String, String> run(String maxHeap, Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Xss512k", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> result = new HashMap<>();
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring("RESULT ".length()).trim().split(" ")) {
                        int equals = pair.indexOf('=');
                        result.put(pair.substring(0, equals), pair.substring(equals + 1));
                    }
                } else {
                    tail.add(line);
                    if (tail.size() > 40) {
                        tail.remove(0);
                    }
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (result.isEmpty() || process.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " " + args + " exited " + process.exitValue()
                    + " without a result; its last output:\n" + String.join("\n", tail));
        }
        return result;
    }
}
