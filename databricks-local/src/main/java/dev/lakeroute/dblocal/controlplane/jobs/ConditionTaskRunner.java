package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

/**
 * {@code condition_task}: compares {@code left} and {@code right} with {@code op}. Both numbers → a
 * numeric comparison; otherwise EQUAL_TO/NOT_EQUAL compare strings and ordering operators fail, as on
 * Databricks.
 */
final class ConditionTaskRunner implements TaskRunner {

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        ObjectNode condition = context.settings();
        String left = condition.path("left").asText("");
        String right = condition.path("right").asText("");
        String op = condition.path("op").asText("");
        BigDecimal leftNumber = number(left);
        BigDecimal rightNumber = number(right);
        boolean numeric = leftNumber != null && rightNumber != null;
        int comparison = numeric ? leftNumber.compareTo(rightNumber) : left.compareTo(right);
        Boolean outcome = switch (op) {
            case "EQUAL_TO" -> comparison == 0;
            case "NOT_EQUAL" -> comparison != 0;
            case "GREATER_THAN" -> numeric ? comparison > 0 : null;
            case "GREATER_THAN_OR_EQUAL" -> numeric ? comparison >= 0 : null;
            case "LESS_THAN" -> numeric ? comparison < 0 : null;
            case "LESS_THAN_OR_EQUAL" -> numeric ? comparison <= 0 : null;
            default -> null;
        };
        if (outcome == null) {
            String message = switch (op) {
                case "GREATER_THAN", "GREATER_THAN_OR_EQUAL", "LESS_THAN", "LESS_THAN_OR_EQUAL" ->
                        "Condition task " + context.taskKey() + " cannot compare non-numeric values '" + left + "' and '" + right + "' with " + op + ".";
                default -> "Condition task " + context.taskKey() + " has an unknown op '" + op + "'.";
            };
            return CompletableFuture.completedFuture(TaskOutcome.failed(message, message, null, null, false));
        }
        return CompletableFuture.completedFuture(TaskOutcome.condition(outcome));
    }

    @Override
    public boolean needsCluster() {
        return false;
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
