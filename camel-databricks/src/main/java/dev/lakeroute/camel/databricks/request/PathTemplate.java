package dev.lakeroute.camel.databricks.request;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;

/**
 * Fills {@code {placeholders}} from the request fields. Values are percent-encoded segment by
 * segment: a {@code /} inside a value is kept (Files API paths, resource names such as
 * {@code catalogs/main}) but {@code .} and {@code ..} segments are refused, so a value can never
 * climb out of the operation's path.
 */
public final class PathTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private PathTemplate() {
    }

    /** The expanded path; the fields used are removed from {@code fields}. */
    public static String expand(String template, Operation operation, ObjectNode fields, String accountId) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = value(name, operation, fields, accountId);
            boolean glued = m.start() > 0 && template.charAt(m.start() - 1) != '/';
            if (glued && !value.startsWith("/")) {
                // fs/files{file_path}: the placeholder carries its own leading slash.
                value = "/" + value;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(encode(name, value, operation)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String value(String name, Operation operation, ObjectNode fields, String accountId) {
        JsonNode node = fields.remove(name);
        if (node == null && Operation.ACCOUNT_ID_PLACEHOLDER.equals(name) && accountId != null) {
            return accountId;
        }
        if (node == null || node.isNull() || node.isValueNode() && node.asText().isEmpty()) {
            throw new DatabricksInvalidRequestException(operation.name(), "path parameter " + name, "is missing",
                    howToSet(name));
        }
        if (!node.isValueNode()) {
            throw new DatabricksInvalidRequestException(operation.name(), "path parameter " + name,
                    "is a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT), "a string or number");
        }
        return node.asText();
    }

    static String howToSet(String name) {
        if (Operation.ACCOUNT_ID_PLACEHOLDER.equals(name)) {
            return "the accountId option, a profile's account_id or DATABRICKS_ACCOUNT_ID";
        }
        String camel = camelCase(name);
        String option = FieldOptions.isOption(camel) ? "the option " + camel + ", " : "";
        return option + "param." + name + "=<value> on the URI, or a field " + name + " in the message body";
    }

    private static String encode(String name, String value, Operation operation) {
        StringBuilder sb = new StringBuilder();
        String[] segments = value.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                throw new DatabricksInvalidRequestException(operation.name(), "path parameter " + name,
                        "contains a '" + segment + "' segment", "values without . or .. path segments");
            }
            if (i > 0) {
                sb.append('/');
            }
            sb.append(encodeSegment(segment));
        }
        return sb.toString();
    }

    static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    static String camelCase(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }
}
