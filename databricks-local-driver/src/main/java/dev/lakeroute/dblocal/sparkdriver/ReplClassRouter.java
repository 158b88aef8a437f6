package dev.lakeroute.dblocal.sparkdriver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The context class loader Spark's local executor is created with. Spark tasks deserialize closures
 * compiled by a context's REPL; this loader finds each such class in the interpreter that compiled it,
 * by its line prefix ({@link ReplLineNames}). Everything else comes from the parent (libraries, Spark).
 */
final class ReplClassRouter extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<Integer, Supplier<ClassLoader>> interpreters = new ConcurrentHashMap<>();

    ReplClassRouter(ClassLoader parent) {
        super("lakeroute-repl-router", parent);
    }

    void register(int slot, Supplier<ClassLoader> interpreterLoader) {
        interpreters.put(slot, interpreterLoader);
    }

    void unregister(int slot) {
        interpreters.remove(slot);
    }

    boolean inUse(int slot) {
        return interpreters.containsKey(slot);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Supplier<ClassLoader> owner = interpreters.get(ReplLineNames.slotOf(name));
        if (owner == null) {
            throw new ClassNotFoundException(name);
        }
        return owner.get().loadClass(name);
    }
}
