package dev.lakeroute.dblocal.sparkdriver;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * How to start a driver JVM: the JDK 17 flags Spark needs and the driver's runtime classpath, which the
 * build wrote into {@value #CLASSPATH_RESOURCE} (absolute paths into the local Maven repository).
 * JDK types only, like {@link DriverOptions}: databricks-local uses this class without Spark on its
 * classpath.
 */
public final class DriverCommandLine {
    public static final String CLASSPATH_RESOURCE = "META-INF/lakeroute/driver-classpath.txt";
    public static final String MAIN_CLASS = "dev.lakeroute.dblocal.sparkdriver.DriverMain";
    public static final String DAEMON_CLASS = "dev.lakeroute.dblocal.sparkdriver.StandaloneDaemon";
    private static final String DRIVER_LOG_CONFIG = "-Dlog4j2.configurationFile=lakeroute/driver-log4j2.properties";
    private static final String DAEMON_LOG_CONFIG = "-Dlog4j2.configurationFile=lakeroute/standalone-log4j2.properties";

    /** Spark 3.5 on JDK 17 (Spark's own launcher adds the same list). */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            DRIVER_LOG_CONFIG,
            // The Scala compiler and Spark start faster with these on a small machine. (C1 only would save a
            // quarter of a driver's CPU, but a cancelled CPU-bound statement then kept a warehouse busy for
            // minutes; spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1 opts a cluster in.)
            "-XX:+UseParallelGC",
            "-Xss4m");

    /** The cluster's spark_conf key for options of the driver JVM. */
    public static final String EXTRA_JAVA_OPTIONS = "spark.driver.extraJavaOptions";

    /**
     * A Master or Worker only schedules and supervises, and its cluster's other JVMs start at the same time
     * on few cores: the quick compiler alone and a serial GC spend the least CPU on it.
     */
    private static final List<String> DAEMON_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final List<String> DRIVER_ENTRIES = List.of("dev/lakeroute/dblocal/sparkdriver/", "lakeroute/", "META-INF/lakeroute/");

    private DriverCommandLine() {
    }

    /**
     * {@code java <flags> -Xmx<heap> @<argfile> DriverMain <options>}; the long classpath goes into the
     * argument file so process listings stay readable.
     */
    public static List<String> command(Path java, String heap, List<Path> classpath, DriverOptions options, Path argFile) {
        writeArgFile(classpath, argFile);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        // After the defaults, so that a cluster's own options win, as on Databricks.
        command.addAll(JavaOptions.parse(EXTRA_JAVA_OPTIONS, options.sparkConf().get(EXTRA_JAVA_OPTIONS)));
        command.add("-Xmx" + heap);
        command.add("@" + argFile);
        command.add(MAIN_CLASS);
        command.addAll(options.toArgs());
        return command;
    }

    /**
     * {@code java <flags> -Xmx<heap> @<argfile> StandaloneDaemon master|worker <clusterId> <sparkArgs>}: a
     * Spark standalone Master or Worker on the driver's classpath, logging its INFO lines (see
     * {@link StandaloneDaemon}).
     */
    public static List<String> daemonCommand(Path java, String heap, List<Path> classpath, Path argFile, String role,
                                             String clusterId, List<String> sparkArgs) {
        writeArgFile(classpath, argFile);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        JVM_OPTIONS.stream().filter(option -> !option.equals(DRIVER_LOG_CONFIG) && !option.equals("-XX:+UseParallelGC"))
                .forEach(command::add);
        command.add(DAEMON_LOG_CONFIG);
        command.addAll(DAEMON_JVM_OPTIONS);
        command.add("-Xmx" + heap);
        command.add("@" + argFile);
        command.add(DAEMON_CLASS);
        command.add(role);
        command.add(clusterId);
        command.addAll(sparkArgs);
        return command;
    }

    private static void writeArgFile(List<Path> classpath, Path argFile) {
        try {
            Files.createDirectories(argFile.toAbsolutePath().getParent());
            String joined = join(classpath);
            Files.writeString(argFile, "-cp \"" + joined.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JVM's argument file " + argFile, e);
        }
    }

    /** The java executable of the running JVM: the driver runs on the same JDK. */
    public static Path currentJava() {
        return Path.of(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    /**
     * The driver's classes plus its dependencies. When the driver classes sit inside another jar
     * (databricks-local's runnable jar), they are copied out into {@code cacheDir}, since that jar also
     * carries libraries in versions Spark cannot use.
     */
    public static List<Path> runtimeClasspath(ClassLoader loader, Path cacheDir) {
        URL resource = loader.getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath: add the "
                    + "dev.lakeroute:databricks-local-driver jar (built with mvn -pl databricks-local-driver install)");
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(driverClasses(resource, cacheDir));
        try (InputStream in = resource.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            for (String entry : text.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classpath.add(Path.of(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        List<Path> missing = classpath.stream().filter(path -> !Files.exists(path)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(missing.size() + " of the driver's " + classpath.size()
                    + " classpath entries are missing (first: " + missing.get(0) + "); the driver runs from the "
                    + "local Maven repository: run mvn -pl databricks-local-driver install on this machine");
        }
        return classpath;
    }

    private static Path driverClasses(URL resource, Path cacheDir) {
        try {
            if (resource.getProtocol().equals("file")) {
                // .../classes/META-INF/lakeroute/driver-classpath.txt → .../classes
                return Path.of(resource.toURI()).getParent().getParent().getParent();
            }
            if (resource.getProtocol().equals("jar")) {
                String spec = resource.getPath();
                Path jar = Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
                if (jar.getFileName().toString().startsWith("databricks-local-driver")) {
                    return jar;
                }
                return extract(jar, cacheDir);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot locate the driver classes from " + resource, e);
        }
        throw new IllegalStateException("Cannot launch the driver from a " + resource.getProtocol() + " resource: " + resource);
    }

    private static Path extract(Path jar, Path cacheDir) throws IOException {
        String version = Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        Path target = cacheDir.resolve("driver-classes-" + version);
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(cacheDir);
        Path staging = Files.createTempDirectory(cacheDir, "driver-classes-");
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || DRIVER_ENTRIES.stream().noneMatch(entry.getName()::startsWith)) {
                    continue;
                }
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherLauncherWon) {
            if (!Files.isDirectory(target)) {
                throw anotherLauncherWon;
            }
        }
        return target;
    }

    /** For tests and tools: the classpath as {@code java -cp} wants it. */
    public static String join(List<Path> classpath) {
        return String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }
}
