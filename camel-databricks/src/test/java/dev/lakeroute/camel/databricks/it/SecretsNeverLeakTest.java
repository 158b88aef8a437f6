package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes run with everything at DEBUG; the tokens and secrets used must not appear in any log line,
 * exception message or endpoint toString, and the Authorization header is never logged.
 */
class SecretsNeverLeakTest extends DatabricksLocalTestSupport {

    private static final String WRONG_TOKEN = "dapi-wrong-but-secret-0123456789";
    private static final String SP_SECRET = "local-test-sp-secret";

    private final Capture capture = new Capture();
    private Level previousRoot;

    @BeforeEach
    void captureEverything() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        capture.start();
        config.addAppender(capture);
        LoggerConfig root = config.getRootLogger();
        previousRoot = root.getLevel();
        root.addAppender(capture, Level.ALL, null);
        root.setLevel(Level.DEBUG);
        config.getLoggerConfig("dev.lakeroute").addAppender(capture, Level.ALL, null);
        ctx.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getRootLogger().removeAppender(capture.getName());
        config.getRootLogger().setLevel(previousRoot);
        config.getLoggerConfig("dev.lakeroute").removeAppender(capture.getName());
        ctx.updateLoggers();
        capture.stop();
    }

    @Test
    void noSecretInLogsExceptionsOrToString() {
        List<String> texts = new ArrayList<>();
        String good = "databricks:token/list?host=" + LOCAL.url() + "&token=" + LOCAL.token();
        String wrong = "databricks:token/list?host=" + LOCAL.url() + "&token=" + WRONG_TOKEN;
        String m2m = "databricks:token/list?host=" + LOCAL.url() + "&clientId=local-test-sp&clientSecret=" + SP_SECRET;
        String basic = "databricks:token/list?host=" + LOCAL.url() + "&username=token&password=" + LOCAL.token();

        for (String uri : List.of(good, wrong, m2m, basic)) {
            Exchange exchange = exchange(uri, null);
            if (exchange.getException() != null) {
                texts.add(exchange.getException().toString());
                texts.add(String.valueOf(exchange.getException().getMessage()));
            }
            Endpoint endpoint = context.getEndpoint(uri);
            texts.add(endpoint.toString());
        }
        Exchange badBody = exchange(good, "{\"comment\": \"" + WRONG_TOKEN);
        texts.add(String.valueOf(badBody.getException()));
        Exchange unknownOption = exchange(good + "&tokenn=" + WRONG_TOKEN, null);
        texts.add(String.valueOf(unknownOption.getException()));
        Exchange created = exchange("databricks:token/create", Map.of("comment", "leak-check"));
        texts.add(created.getMessage().getHeaders().toString());

        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setToken(WRONG_TOKEN);
        config.setClientSecret(SP_SECRET);
        texts.add(config.toString());

        assertThat(capture.lines).as("DEBUG logging happened").isNotEmpty();
        texts.addAll(capture.lines);
        for (String text : texts) {
            assertThat(text).doesNotContain(LOCAL.token()).doesNotContain(WRONG_TOKEN).doesNotContain(SP_SECRET)
                    .doesNotContainIgnoringCase("authorization:").doesNotContain("Bearer ");
        }
    }

    /** Keeps every formatted log line, including thrown exceptions' text. */
    private static final class Capture extends AbstractAppender {
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        Capture() {
            super("capture", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder sb = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getMessage().getFormattedMessage());
            for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                sb.append(" | ").append(t);
            }
            lines.add(sb.toString());
        }
    }
}
