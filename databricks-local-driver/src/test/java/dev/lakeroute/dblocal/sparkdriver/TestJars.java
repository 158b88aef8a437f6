package dev.lakeroute.dblocal.sparkdriver;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds the library jar of Databricks' REST API 1.2 example (com.databricks.apps.logs.chapter1.LogAnalyzer) with the JDK's compiler. */
final class TestJars {
    static final String LOG_ANALYZER = """
            package com.databricks.apps.logs.chapter1;

            import org.apache.spark.SparkContext;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            public class LogAnalyzer {
                public static String processLogFile(SparkContext sc, String outFile, String logFile) {
                    JavaRDD<Long> sizes = JavaSparkContext.fromSparkContext(sc).textFile(logFile)
                            .filter(line -> !line.isBlank())
                            .map(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1).trim()))
                            .cache();
                    long count = sizes.count();
                    return String.format("Content Size Avg: %d, Min: %d, Max: %d",
                            sizes.reduce(Long::sum) / count, sizes.reduce(Math::min), sizes.reduce(Math::max));
                }
            }
            """;

    private TestJars() {
    }

    static Path logAnalyzerJar(Path dir) throws IOException {
        Path src = dir.resolve("src/com/databricks/apps/logs/chapter1/LogAnalyzer.java");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(classes);
        Files.writeString(src, LOG_ANALYZER);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), src.toString());
        if (exit != 0) {
            throw new IllegalStateException("javac failed with " + exit);
        }
        Path jar = dir.resolve("log-analyzer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
