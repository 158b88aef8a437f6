package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.sql.SparkSession;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a scala context's REPL starts with, looked up statically by the context's slot. A value bound
 * into the REPL would sit in a non-transient field of a line wrapper and make every closure that
 * reaches that wrapper unserializable; spark-shell reaches its session through a static for the same
 * reason.
 */
public final class ScalaBindings {
    private static final Map<Integer, ScalaBindings> BY_SLOT = new ConcurrentHashMap<>();

    private final SparkSession spark;
    private final DbUtils dbutils;

    private ScalaBindings(SparkSession spark, DbUtils dbutils) {
        this.spark = spark;
        this.dbutils = dbutils;
    }

    static void register(int slot, SparkSession spark, DbUtils dbutils) {
        BY_SLOT.put(slot, new ScalaBindings(spark, dbutils));
    }

    static void unregister(int slot) {
        BY_SLOT.remove(slot);
    }

    /** Called from the REPL prelude. */
    public static ScalaBindings forSlot(int slot) {
        ScalaBindings bindings = BY_SLOT.get(slot);
        if (bindings == null) {
            throw new IllegalStateException("No scala context holds slot " + slot);
        }
        return bindings;
    }

    public SparkSession spark() {
        return spark;
    }

    public DbUtils dbutils() {
        return dbutils;
    }
}
