package dev.lakeroute.camel.databricks.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.ToolProvider;

/** Databricks' REST API 1.2 JAR example (upload a JAR, install it, run Scala on it): a tiny library compiled and packed at test time. */
final class JarFixture {

    static final String CLASS = "demo.Greeter";

    private JarFixture() {
    }

    /** A JAR with {@code demo.Greeter.greet(String)} returning "Hello, name". */
    static byte[] greeterJar() {
        try {
            Path dir = Files.createTempDirectory("greeter");
            Path source = dir.resolve("demo/Greeter.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, "package demo; public class Greeter { public static String greet(String name) {"
                                      + " return \"Hello, \" + name; } }");
            int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "11", "-d",
                    dir.toString(), source.toString());
            if (exit != 0) {
                throw new IllegalStateException("javac failed: " + exit);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream jar = new JarOutputStream(bytes)) {
                jar.putNextEntry(new JarEntry("demo/Greeter.class"));
                jar.write(Files.readAllBytes(dir.resolve("demo/Greeter.class")));
                jar.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
