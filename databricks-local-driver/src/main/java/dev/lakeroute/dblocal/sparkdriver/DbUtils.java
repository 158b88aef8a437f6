package dev.lakeroute.dblocal.sparkdriver;

/** The {@code dbutils} bound in each scala context: one per context, so widgets stay per notebook. */
public final class DbUtils {
    private final FsUtils fs;
    private final Widgets widgets = new Widgets();
    private final NotebookUtils notebook = new NotebookUtils();
    private final JobsUtils jobs = new JobsUtils();

    public DbUtils(FsUtils fs) {
        this.fs = fs;
    }

    public FsUtils fs() {
        return fs;
    }

    public Widgets widgets() {
        return widgets;
    }

    public NotebookUtils notebook() {
        return notebook;
    }

    public JobsUtils jobs() {
        return jobs;
    }

    @Override
    public String toString() {
        return "DBUtils (databricks-local: fs, widgets, notebook.exit, jobs.taskValues)";
    }
}
