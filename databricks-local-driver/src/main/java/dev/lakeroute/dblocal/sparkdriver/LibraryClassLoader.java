package dev.lakeroute.dblocal.sparkdriver;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cluster's installed jar libraries, one loader for the whole driver: REPL lines, Spark tasks and
 * results all resolve a library class to the same {@code Class}, so values cross between them without
 * ClassCastExceptions. Contexts created after a jar was added also compile against it.
 */
final class LibraryClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final List<Path> jars = new CopyOnWriteArrayList<>();

    LibraryClassLoader(ClassLoader parent) {
        super("lakeroute-libraries", new URL[0], parent);
    }

    /** Returns false when the jar was already there. */
    boolean addJar(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        if (jars.contains(absolute)) {
            return false;
        }
        try {
            addURL(absolute.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a jar path: " + jar, e);
        }
        jars.add(absolute);
        return true;
    }

    List<Path> jars() {
        return List.copyOf(jars);
    }
}
