package dev.lakeroute.dblocal.execution;

import dev.lakeroute.dblocal.controlplane.workspace.Language;
import dev.lakeroute.dblocal.controlplane.workspace.Notebook;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** How notebook cells and spark-submit command lines are read, without a driver. */
class TaskParsingTest {

    @Test
    void magicCellsRunInTheirLanguageMarkdownIsSkippedAndRunIsRefused() {
        Notebook notebook = new Notebook("/nb", Language.SCALA, """
                // Databricks notebook source
                val x = 1

                // COMMAND ----------

                // MAGIC %md
                // MAGIC # Title

                // COMMAND ----------

                // MAGIC %sql
                // MAGIC SELECT *
                // MAGIC FROM t

                // COMMAND ----------

                // MAGIC %python
                // MAGIC print(1)

                // COMMAND ----------

                // MAGIC %run ./other
                """);

        List<NotebookCells.Cell> cells = NotebookCells.of(notebook);

        assertThat(cells).extracting(NotebookCells.Cell::language).containsExactly("scala", null, "sql", "python", null);
        assertThat(cells.get(0).code()).isEqualTo("val x = 1");
        assertThat(cells.get(1).skipped()).isTrue();
        assertThat(cells.get(2).code()).isEqualTo("SELECT *\nFROM t");
        assertThat(cells.get(3).code()).isEqualTo("print(1)");
        assertThat(cells.get(4).unsupported()).contains("%run is not supported");
    }

    @Test
    void pythonAndSqlNotebooksUseTheirOwnCommentSyntax() {
        Notebook python = new Notebook("/py", Language.PYTHON, "# Databricks notebook source\nx = 1\n\n# COMMAND ----------\n\n"
                + "# MAGIC %sql SELECT 2\n");
        Notebook sql = new Notebook("/sql", Language.SQL, "-- Databricks notebook source\nSELECT 1\n\n-- COMMAND ----------\n\n"
                + "-- MAGIC %sh ls\n");

        assertThat(NotebookCells.of(python)).extracting(NotebookCells.Cell::language, NotebookCells.Cell::code)
                .containsExactly(tuple("python", "x = 1"), tuple("sql", "SELECT 2"));
        assertThat(NotebookCells.of(sql).get(0).language()).isEqualTo("sql");
        assertThat(NotebookCells.of(sql).get(1).unsupported()).startsWith("%sh cells are not supported");
    }

    @Test
    void sparkSubmitParametersSplitIntoOptionsApplicationAndArguments() {
        SparkSubmitArguments submit = SparkSubmitArguments.parse(List.of("--class", "org.Main", "--conf", "spark.a=1", "--conf=spark.b=x=y",
                "--jars", "dbfs:/a.jar,dbfs:/b.jar", "--executor-memory", "2g", "--verbose", "dbfs:/app.jar", "--not-an-option", "arg"));

        assertThat(submit.mainClass()).isEqualTo("org.Main");
        assertThat(submit.conf()).containsExactly(entry("spark.a", "1"), entry("spark.b", "x=y"), entry("spark.executor.memory", "2g"));
        assertThat(submit.jars()).containsExactly("dbfs:/a.jar", "dbfs:/b.jar");
        assertThat(submit.ignored()).containsExactly("--verbose");
        assertThat(submit.app()).isEqualTo("dbfs:/app.jar");
        assertThat(submit.appArgs()).containsExactly("--not-an-option", "arg");
        assertThatThrownBy(() -> SparkSubmitArguments.parse(List.of("--class"))).hasMessageContaining("--class needs a value");
    }

    @Test
    void launcherFramesAreDroppedFromJarTaskTraces() {
        String trace = """
                java.lang.IllegalStateException: boom
                  at lakeroute-libraries//com.example.Main.main(Main.java:12)
                  at java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)
                  at java.base/java.lang.reflect.Method.invoke(Method.java:569)
                  at liftedTree1$1(<console>:35)
                  ... 35 elided""";

        assertThat(MainClassRun.withoutLauncherFrames(trace))
                .isEqualTo("java.lang.IllegalStateException: boom\n  at lakeroute-libraries//com.example.Main.main(Main.java:12)");
    }
}
