package dev.lakeroute.dblocal.sparkdriver;

/** {@code dbutils.jobs}: only {@code taskValues}, what tasks of one job run pass each other. */
public final class JobsUtils {
    private final TaskValues taskValues = new TaskValues();

    public TaskValues taskValues() {
        return taskValues;
    }

    @Override
    public String toString() {
        return "JobsUtils (taskValues)";
    }
}
