package dev.lakeroute.dblocal.sparkdriver;

import java.util.Properties;

/**
 * Gives each scala context its own REPL package prefix ({@code $line1NNNN}), so that the classes of two
 * contexts never share a name and {@link ReplClassRouter} can tell whose a class is. The Scala 2.12 REPL
 * reads the prefix from the system property {@code scala.repl.name.line} whenever it names a line; the
 * property is global, so it is answered per thread: each context compiles on its own thread.
 * The prefix keeps the {@code $line<digits>} shape Spark relies on to find REPL outer scopes.
 */
final class ReplLineNames {
    static final String PROPERTY = "scala.repl.name.line";
    private static final String BASE = "$line1";
    private static final ThreadLocal<String> PREFIX = new ThreadLocal<>();

    private ReplLineNames() {
    }

    /** Once, before any interpreter exists. */
    static synchronized void install() {
        if (!(System.getProperties() instanceof ThreadScopedProperties)) {
            ThreadScopedProperties scoped = new ThreadScopedProperties();
            scoped.putAll(System.getProperties());
            System.setProperties(scoped);
        }
    }

    static String prefix(int slot) {
        if (slot < 0 || slot > 9999) {
            throw new IllegalArgumentException("REPL slot out of range: " + slot);
        }
        return BASE + String.format("%04d", slot);
    }

    /** The slot whose prefix a REPL class name starts with, or -1 for any other class. */
    static int slotOf(String className) {
        if (!className.startsWith(BASE) || className.length() < BASE.length() + 5) {
            return -1;
        }
        String digits = className.substring(BASE.length(), BASE.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    static void bindCurrentThread(int slot) {
        PREFIX.set(prefix(slot));
    }

    private static final class ThreadScopedProperties extends Properties {
        @Override
        public String getProperty(String key) {
            if (PROPERTY.equals(key)) {
                String prefix = PREFIX.get();
                if (prefix != null) {
                    return prefix;
                }
            }
            return super.getProperty(key);
        }

        @Override
        public String getProperty(String key, String defaultValue) {
            String value = getProperty(key);
            return value == null ? defaultValue : value;
        }
    }
}
