package dev.lakeroute.dblocal.controlplane.statements;

import dev.lakeroute.dblocal.http.ApiException;

import java.util.regex.Pattern;

/**
 * One named parameter of a statement ({@code {name, value, type}}), bound into the SQL text as a typed
 * literal: the value always becomes an escaped string literal (so it can never close the literal and
 * inject SQL), cast to the parameter's type unless that is STRING. A missing value is a typed NULL.
 *
 * @param type a Databricks SQL type name ({@code STRING} when absent), e.g. {@code INT}, {@code DATE},
 *             {@code DECIMAL(10,2)}
 */
record StatementParameter(String name, String value, String type) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ]*(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?");

    StatementParameter {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ApiException.invalidParameter("Parameter name '" + name
                    + "' is not valid: names start with a letter or underscore and contain letters, digits and underscores");
        }
        type = type == null || type.isBlank() ? "STRING" : type.strip().toUpperCase(java.util.Locale.ROOT);
        if (!TYPE.matcher(type).matches()) {
            throw ApiException.invalidParameter("Parameter '" + name + "' has the unsupported type '" + type
                    + "'; use a SQL type name such as STRING, INT, BIGINT, DOUBLE, DECIMAL(10,2), BOOLEAN, DATE or TIMESTAMP");
        }
    }

    /** The SQL literal the {@code :name} marker is replaced by. */
    String literal() {
        boolean string = type.equals("STRING");
        if (value == null) {
            return string ? "CAST(NULL AS STRING)" : "CAST(NULL AS " + type + ")";
        }
        String quoted = quote(value);
        return string ? quoted : "CAST(" + quoted + " AS " + type + ")";
    }

    /** A Spark SQL string literal: backslashes and quotes escaped, so the value stays one literal. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
