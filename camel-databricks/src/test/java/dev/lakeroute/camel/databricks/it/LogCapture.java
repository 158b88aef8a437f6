package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Keeps every log line (with its thrown exceptions' text) written while it is open, with the given loggers
 * turned up to the given level; closing restores their levels.
 */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final List<LoggerConfig> configs = new ArrayList<>();
    private final List<Level> previousLevels = new ArrayList<>();

    private LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
    }

    /** Captures the root logger and every logger configured below it, at {@code level}. */
    static LogCapture everything(Level level) {
        LogCapture capture = new LogCapture();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        capture.start();
        config.addAppender(capture);
        List<LoggerConfig> targets = new ArrayList<>(config.getLoggers().values());
        if (!targets.contains(config.getRootLogger())) {
            targets.add(config.getRootLogger());
        }
        // On the root only: every configured logger is additive, so its events reach the root's appenders.
        config.getRootLogger().addAppender(capture, Level.ALL, null);
        for (LoggerConfig logger : targets) {
            capture.configs.add(logger);
            capture.previousLevels.add(logger.getLevel());
            logger.setLevel(level);
        }
        ctx.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder sb = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t);
        }
        lines.add(sb.toString());
    }

    List<String> linesContaining(String text) {
        synchronized (lines) {
            return lines.stream().filter(line -> line.contains(text)).toList();
        }
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender(getName());
        for (int i = 0; i < configs.size(); i++) {
            configs.get(i).setLevel(previousLevels.get(i));
        }
        ctx.getConfiguration().getAppenders().remove(getName());
        ctx.updateLoggers();
        stop();
    }
}
