package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.SparkContext;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs one command on its context's thread: marks it Running, puts its Spark jobs in the command's job
 * group (so cancel reaches exactly them, interrupting sleeping tasks), and turns the outcome into
 * the command's final state.
 */
final class CommandRunner {
    private final SparkContext sparkContext;
    private final LanguageContext language;

    CommandRunner(SparkContext sparkContext, LanguageContext language) {
        this.sparkContext = sparkContext;
        this.language = language;
    }

    void run(Command command) {
        if (!command.start(Thread.currentThread())) {
            return;
        }
        sparkContext.setJobGroup(command.jobGroup(), "API 1.2 command " + command.id(), true);
        try {
            command.finish(language.execute(command));
        } catch (Throwable broken) {
            command.fail("The " + language.language() + " context failed: " + ErrorText.summary(broken), stackTrace(broken));
        } finally {
            sparkContext.clearJobGroup();
            command.detachRunner();
            // A cancel that raced with the end of the command must not interrupt the next one.
            Thread.interrupted();
        }
    }

    /** Cancels from a request thread: the job group first (tasks stop), then the language, then the thread. */
    void cancel(Command command) {
        if (command.cancel()) {
            sparkContext.cancelJobGroup(command.jobGroup());
            language.cancel(command);
            command.interruptRunner();
        }
    }

    static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
