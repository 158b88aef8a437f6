package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.SparkSession;
import scala.Option;
import scala.tools.nsc.Settings;
import scala.tools.nsc.interpreter.IMain;
import scala.tools.nsc.interpreter.Results;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scala context: one Scala 2.12 REPL ({@code IMain}, class-based wrappers as spark-shell uses them)
 * with {@code spark}, {@code sc}, {@code sqlContext} and {@code dbutils} bound, printing results the
 * way Databricks does ({@code res0: Array[Int] = Array(1, 2, 3)}).
 */
final class ScalaContext implements LanguageContext {
    private static final String PRELUDE = "@transient val spark = " + ScalaBindings.class.getName() + ".forSlot(%d).spark; "
            + "@transient val sc = spark.sparkContext; @transient val sqlContext = spark.sqlContext; "
            + "@transient val dbutils = " + ScalaBindings.class.getName() + ".forSlot(%d).dbutils\n"
            + "import org.apache.spark.SparkContext._; import spark.implicits._; import spark.sql; "
            + "import org.apache.spark.sql.functions._";

    private final SparkSession session;
    private final DbUtils dbutils;
    private final int slot;
    private final List<Path> jars;
    private final ClassLoader parent;
    private final ReplClassRouter router;
    private IMain intp;
    private PrintWriter out;

    ScalaContext(SparkSession session, DbUtils dbutils, int slot, List<Path> jars, ClassLoader parent, ReplClassRouter router) {
        this.session = session;
        this.dbutils = dbutils;
        this.slot = slot;
        this.jars = jars;
        this.parent = parent;
        this.router = router;
    }

    @Override
    public String language() {
        return "scala";
    }

    @Override
    public void start() {
        ReplLineNames.bindCurrentThread(slot);
        Settings settings = new Settings();
        settings.processArgumentString("-Yrepl-class-based -usejavacp");
        Option<String> outputDir = session.sparkContext().conf().getOption(SparkBootstrap.REPL_OUTPUT_DIR);
        if (outputDir.isDefined()) {
            // Class files on disk, where the driver serves them to executors in other JVMs.
            settings.Yreploutdir().value_$eq(outputDir.get());
        }
        if (!jars.isEmpty()) {
            settings.classpath().value_$eq(jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        }
        settings.explicitParentLoader_$eq(Option.apply(parent));
        out = new PrintWriter(System.out, true);
        OutputCapture.Captured<Results.Result> prelude = OutputCapture.capture(() -> {
            intp = new IMain(settings, out);
            intp.initializeSynchronous();
            intp.isettings().maxPrintString_$eq(0);
            router.register(slot, intp::classLoader);
            ScalaBindings.register(slot, session, dbutils);
            return intp.interpret(String.format(PRELUDE, slot, slot));
        });
        if (prelude.value() != Results.Success$.MODULE$) {
            throw new IllegalStateException("The Scala REPL did not accept its prelude: " + prelude.output());
        }
    }

    @Override
    public void setWidgets(Map<String, String> widgets) {
        dbutils.widgets().setAll(widgets);
    }

    @Override
    public void bindTaskRun(TaskRun taskRun) {
        dbutils.jobs().taskValues().bind(taskRun);
    }

    @Override
    public Map<String, JsonNode> taskValues() {
        return dbutils.jobs().taskValues().values();
    }

    @Override
    public CommandResult execute(Command command) {
        ReplLineNames.bindCurrentThread(slot);
        Object exceptionBefore = lastException();
        OutputCapture.Captured<Results.Result> run = OutputCapture.capture(() -> {
            Results.Result result = intp.interpret(command.code());
            out.flush();
            return result;
        });
        String output = stripTrailingNewline(run.output());
        if (run.value() == Results.Success$.MODULE$) {
            return CommandResult.text(output);
        }
        if (run.value() == Results.Incomplete$.MODULE$) {
            return CommandResult.error("error: incomplete input: the command ends in the middle of a statement", output);
        }
        Object thrown = lastException();
        if (thrown instanceof NotebookExit exit) {
            return CommandResult.notebookExit(exit.value());
        }
        if (thrown instanceof Throwable failure && thrown != exceptionBefore) {
            return CommandResult.error(ErrorText.summary(failure), output);
        }
        return CommandResult.error(firstErrorLine(output), output);
    }

    /** The REPL binds a throwing line's exception to {@code lastException}; that is how we tell it from a compile error. */
    private Object lastException() {
        Option<Object> value = intp.valueOfTerm("lastException");
        return value.isDefined() ? value.get() : null;
    }

    private static String firstErrorLine(String output) {
        return output.lines().filter(line -> line.contains("error:")).findFirst()
                .orElse(output.lines().findFirst().orElse("error"));
    }

    private static String stripTrailingNewline(String text) {
        String stripped = text;
        while (stripped.endsWith("\n") || stripped.endsWith("\r")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    @Override
    public void close() {
        router.unregister(slot);
        ScalaBindings.unregister(slot);
        if (intp != null) {
            intp.close();
        }
    }
}
