package dev.lakeroute.dblocal.controlplane.resources.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MLflow search filters: comparisons joined by {@code AND}, e.g.
 * {@code metrics.rmse < 1 and params.alpha = '0.5' and tags.team = 'ml'} or {@code name LIKE 'exp%'}.
 * Operators {@code = != < <= > >= LIKE ILIKE}; strings in single or double quotes, numbers bare.
 */
final class MlflowFilter {
    private static final Pattern COMPARISON = Pattern.compile(
            "^\\s*([A-Za-z_][\\w.`\"-]*)\\s*(=|!=|<=|>=|<|>|(?i:ilike)|(?i:like))\\s*('(?:[^']*)'|\"(?:[^\"]*)\"|[-+]?[0-9.eE]+)\\s*$");

    private MlflowFilter() {
    }

    /** A predicate over documents; {@code resolve} maps a filter key ({@code metrics.rmse}) to the document's value. */
    static Predicate<ObjectNode> parse(String filter, Function<ObjectNode, Function<String, JsonNode>> resolve) {
        if (filter == null || filter.isBlank()) {
            return document -> true;
        }
        List<Predicate<ObjectNode>> all = new ArrayList<>();
        for (String part : filter.split("(?i)\\s+and\\s+")) {
            Matcher matcher = COMPARISON.matcher(part);
            if (!matcher.matches()) {
                throw ApiException.invalidParameter("Invalid filter '" + filter + "': expected comparisons like "
                        + "metrics.rmse < 1 or params.alpha = '0.5' joined by AND");
            }
            String key = matcher.group(1).replace("`", "").replace("\"", "");
            String operator = matcher.group(2).toUpperCase(Locale.ROOT);
            String literal = matcher.group(3);
            boolean quoted = literal.startsWith("'") || literal.startsWith("\"");
            String expected = quoted ? literal.substring(1, literal.length() - 1) : literal;
            all.add(document -> {
                JsonNode actual = resolve.apply(document).apply(key);
                return actual != null && !actual.isNull() && !actual.isMissingNode() && compare(actual, operator, expected, quoted);
            });
        }
        return document -> all.stream().allMatch(predicate -> predicate.test(document));
    }

    private static boolean compare(JsonNode actual, String operator, String expected, boolean quoted) {
        if (operator.equals("LIKE") || operator.equals("ILIKE")) {
            String regex = "\\Q" + expected.replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q") + "\\E";
            int flags = operator.equals("ILIKE") ? Pattern.CASE_INSENSITIVE : 0;
            return Pattern.compile(regex, flags | Pattern.DOTALL).matcher(actual.asText()).matches();
        }
        int order;
        if (!quoted && (actual.isNumber() || isNumber(actual.asText()))) {
            double value = actual.isNumber() ? actual.asDouble() : Double.parseDouble(actual.asText());
            order = Double.compare(value, Double.parseDouble(expected));
        } else {
            order = actual.asText().compareTo(expected);
        }
        return switch (operator) {
            case "=" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
