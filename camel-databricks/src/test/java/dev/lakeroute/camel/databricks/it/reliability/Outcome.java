package dev.lakeroute.camel.databricks.it.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.Exchange;

import dev.lakeroute.camel.databricks.DatabricksConstants;

/**
 * What the route saw: the answer's headers and body text, or the exception type and message. The same
 * whether the exchange ran in this JVM or in the child component JVM (which writes it as JSON).
 */
record Outcome(boolean ok, String exceptionType, String message, Map<String, String> headers, String body) {

    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP (\\d{3})");
    /** What the component says when it did not repeat a request that may have been acted upon. */
    static final String MAY_HAVE_REACHED = "may have reached the server";
    static final String[] KEPT_HEADERS = {DatabricksConstants.ATTEMPTS, DatabricksConstants.RUN_ID, DatabricksConstants.RUN_RESULT_STATE,
            DatabricksConstants.CLUSTER_ID, DatabricksConstants.CLUSTER_STATE, DatabricksConstants.CONTEXT_ID,
            DatabricksConstants.COMMAND_ID, DatabricksConstants.STATEMENT_ID, DatabricksConstants.BYTES, DatabricksConstants.HTTP_STATUS};

    static Outcome of(Exchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            Object value = exchange.getMessage().getHeader(name);
            if (value != null) {
                headers.put(name, String.valueOf(value));
            }
        }
        Exception failure = exchange.getException();
        if (failure != null) {
            return new Outcome(false, failure.getClass().getSimpleName(), String.valueOf(failure.getMessage()), headers, null);
        }
        Object body = exchange.getMessage().getBody();
        return new Outcome(true, null, null, headers, body == null ? null : abbreviate(String.valueOf(body), 300));
    }

    static Outcome harnessFailure(String what) {
        return new Outcome(false, "HarnessError", what, Map.of(), null);
    }

    /** The failure says the server may have done the work: the caller knows it has to look. */
    boolean admitsUncertainty() {
        return !ok && message != null && message.contains(MAY_HAVE_REACHED);
    }

    Integer attempts() {
        String value = headers.get(DatabricksConstants.ATTEMPTS);
        return value == null ? null : Integer.valueOf(value);
    }

    /** "HTTP 500", "no answer", "run FAILED", "timed out" ...: the reason in a few words, for the table. */
    String shortReason() {
        if (ok) {
            return "ok";
        }
        String text = message == null ? "" : message;
        if (exceptionType.equals("DatabricksTransportException")) {
            if (text.contains("ConnectException")) {
                return admitsUncertainty() ? "connection refused after a dropped attempt" : "connection refused";
            }
            return admitsUncertainty() ? "no answer, not retried" : "no answer";
        }
        if (exceptionType.equals("DatabricksRunFailedException")) {
            Matcher state = Pattern.compile("(FAILED|CANCELED|TIMEDOUT|INTERNAL_ERROR|SKIPPED)").matcher(text);
            return "run " + (state.find() ? state.group(1) : "failed");
        }
        if (exceptionType.equals("DatabricksStateException")) {
            Matcher state = Pattern.compile(" is ([A-Z_]+)").matcher(text);
            return state.find() ? "ended " + state.group(1) : "ended";
        }
        if (exceptionType.equals("DatabricksTimeoutException")) {
            return "timed out";
        }
        Matcher status = HTTP_STATUS.matcher(text);
        if (status.find()) {
            return "HTTP " + status.group(1);
        }
        return exceptionType.replace("Databricks", "").replace("Exception", "");
    }

    static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
