package dev.lakeroute.camel.databricks;

import org.apache.camel.Message;

import dev.lakeroute.camel.databricks.error.WaitedFor;

/** The headers a failed wait leaves on the exchange, so a route can tell the run it started from one that never began. */
final class WaitHeaders {

    private WaitHeaders() {
    }

    static void set(Message message, WaitedFor what) {
        message.setHeader(DatabricksConstants.REMOTE_STATE, what.remote().name());
        if (what.pageUrl() != null) {
            message.setHeader(DatabricksConstants.RUN_PAGE_URL, what.pageUrl());
        }
        String header = switch (what.kind()) {
            case "run" -> DatabricksConstants.RUN_ID;
            case "cluster" -> DatabricksConstants.CLUSTER_ID;
            case "statement" -> DatabricksConstants.STATEMENT_ID;
            case "command" -> DatabricksConstants.COMMAND_ID;
            case "context" -> DatabricksConstants.CONTEXT_ID;
            default -> null;
        };
        if (header == null || what.id() == null) {
            return;
        }
        if (header.equals(DatabricksConstants.RUN_ID)) {
            try {
                message.setHeader(header, Long.parseLong(what.id()));
                return;
            } catch (NumberFormatException notANumber) {
                // fall through: keep the id as the server wrote it
            }
        }
        message.setHeader(header, what.id());
    }
}
