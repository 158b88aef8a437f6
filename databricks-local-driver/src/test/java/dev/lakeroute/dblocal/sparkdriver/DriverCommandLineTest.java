package dev.lakeroute.dblocal.sparkdriver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriverCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void classpathComesFromTheBuildWrittenResource() {
        List<Path> classpath = DriverCommandLine.runtimeClasspath(getClass().getClassLoader(), dir);

        assertThat(classpath.get(0)).isEqualTo(Path.of("target", "classes").toAbsolutePath());
        assertThat(classpath).anyMatch(path -> path.getFileName().toString().startsWith("spark-sql_2.12-3.5.7"));
        assertThat(classpath).anyMatch(path -> path.getFileName().toString().equals("jackson-databind-2.15.2.jar"));
        assertThat(classpath).allMatch(Files::exists);
    }

    @Test
    void driverClassesInsideAnotherJarAreCopiedOutOfIt() throws Exception {
        Path uberJar = dir.resolve("databricks-local.jar");
        Path classes = Path.of("target", "classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(uberJar))) {
            for (String entry : List.of(DriverCommandLine.CLASSPATH_RESOURCE, "dev/lakeroute/dblocal/sparkdriver/DriverMain.class")) {
                out.putNextEntry(new JarEntry(entry));
                Files.copy(classes.resolve(entry), out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("io/vertx/Unrelated.class"));
            out.closeEntry();
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {uberJar.toUri().toURL()}, null)) {
            Path extracted = DriverCommandLine.runtimeClasspath(loader, dir.resolve("cache")).get(0);

            assertThat(extracted).startsWith(dir.resolve("cache"));
            assertThat(extracted.resolve("dev/lakeroute/dblocal/sparkdriver/DriverMain.class")).exists();
            assertThat(extracted.resolve("io")).doesNotExist();
            assertThat(DriverCommandLine.runtimeClasspath(loader, dir.resolve("cache")).get(0)).isEqualTo(extracted);
        }
    }

    @Test
    void commandPutsTheClasspathIntoAnArgumentFile() throws Exception {
        DriverOptions options = new DriverOptions(0, "c1", "local[2]", dir.resolve("dbfs"), dir.resolve("ready"), 3, 10,
                Map.of("spark.x", "1"));

        List<String> command = DriverCommandLine.command(Path.of("java"), "1g", List.of(Path.of("/a.jar"), Path.of("/b.jar")),
                options, dir.resolve("driver.args"));

        assertThat(command).contains("-Xmx1g", "@" + dir.resolve("driver.args"), DriverCommandLine.MAIN_CLASS,
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
        assertThat(Files.readString(dir.resolve("driver.args"))).isEqualTo("-cp \"/a.jar:/b.jar\"\n");
        assertThat(DriverOptions.parse(command.subList(command.indexOf(DriverCommandLine.MAIN_CLASS) + 1, command.size())
                .toArray(String[]::new))).isEqualTo(options);
    }

    @Test
    void sparkDriverExtraJavaOptionsFollowTheDefaultsAndKeepQuotedArguments() throws Exception {
        DriverOptions options = new DriverOptions(0, "c1", "local[2]", dir.resolve("dbfs"), dir.resolve("ready"), 3, 10,
                Map.of(DriverCommandLine.EXTRA_JAVA_OPTIONS, "-Dname='a b'  -Xss8m"));

        List<String> command = DriverCommandLine.command(Path.of("java"), "1g", List.of(Path.of("/a.jar")), options, dir.resolve("driver.args"));

        assertThat(command).contains("-Dname=a b");
        assertThat(command.indexOf("-Xss8m")).isGreaterThan(command.indexOf("-Xss4m"));
    }

    @Test
    void heapInExtraJavaOptionsIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> JavaOptions.parse(DriverCommandLine.EXTRA_JAVA_OPTIONS, "-Dx=1 -Xmx8g"))
                .hasMessageContaining("spark.driver.extraJavaOptions").hasMessageContaining("-Xmx8g").hasMessageContaining("--driver-heap");
        assertThatThrownBy(() -> JavaOptions.parse(DriverCommandLine.EXTRA_JAVA_OPTIONS, "-Dx='open"))
                .hasMessageContaining("unclosed");
    }
}
