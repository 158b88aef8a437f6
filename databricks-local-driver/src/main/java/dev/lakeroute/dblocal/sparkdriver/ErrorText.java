package dev.lakeroute.dblocal.sparkdriver;

/**
 * How an exception reads in a command's {@code summary}: its class and its whole message. Spark's SQL errors
 * start their message with a line break ({@code "\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'…"}) and
 * continue over several lines ({@code == SQL ==} and a caret under the error), so neither {@code toString()} nor
 * the message's first line carries the text.
 */
final class ErrorText {
    private ErrorText() {
    }

    static String summary(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        return message.isEmpty() ? failure.getClass().getName() : failure.getClass().getName() + ": " + message;
    }
}
