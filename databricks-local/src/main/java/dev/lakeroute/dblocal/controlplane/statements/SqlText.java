package dev.lakeroute.dblocal.controlplane.statements;


import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads SQL text the way Spark's parser sees its structure, without parsing it: string literals
 * ({@code '…'}, {@code "…"} with backslash escapes), quoted identifiers ({@code `…`}) and comments are
 * opaque. Used to split a script at top-level semicolons and to bind {@code :name} parameter markers.
 */
final class SqlText {
    private SqlText() {
    }

    /** The statements of a script, split at top-level semicolons, comments kept, blanks dropped. */
    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            int end = opaqueEnd(sql, i);
            if (end > i) {
                current.append(sql, i, end);
                i = end;
            } else if (sql.charAt(i) == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(sql.charAt(i));
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    /**
     * Replaces each {@code :name} marker outside literals, identifiers and comments by
     * {@code literals.apply(name)}. A {@code ::} cast and a {@code :} right after a name or bracket
     * (Databricks' JSON path {@code col:field}) are not markers.
     *
     * @throws UnboundParameterException for a marker whose name {@code literals} does not know (returns null)
     */
    static String bind(String sql, Function<String, String> literals) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            int end = opaqueEnd(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
                continue;
            }
            char c = sql.charAt(i);
            if (c == ':' && isMarkerStart(sql, i)) {
                int nameEnd = i + 1;
                while (nameEnd < sql.length() && (Character.isLetterOrDigit(sql.charAt(nameEnd)) || sql.charAt(nameEnd) == '_')) {
                    nameEnd++;
                }
                String name = sql.substring(i + 1, nameEnd);
                String literal = literals.apply(name);
                if (literal == null) {
                    throw new UnboundParameterException(name);
                }
                out.append(literal);
                i = nameEnd;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Binds with the given literals by name; see {@link #bind(String, Function)}. */
    static String bind(String sql, Map<String, String> literals) {
        return bind(sql, literals::get);
    }

    private static boolean isMarkerStart(String sql, int colon) {
        if (colon + 1 >= sql.length()) {
            return false;
        }
        char next = sql.charAt(colon + 1);
        if (!(Character.isLetter(next) || next == '_')) {
            return false;
        }
        if (colon == 0) {
            return true;
        }
        char previous = sql.charAt(colon - 1);
        return !(Character.isLetterOrDigit(previous) || previous == '_' || previous == ':' || previous == ']'
                || previous == ')' || previous == '`');
    }

    /** Where the literal, quoted identifier or comment starting at {@code i} ends, or {@code i} if none starts there. */
    private static int opaqueEnd(String sql, int i) {
        char c = sql.charAt(i);
        char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
        if (c == '-' && next == '-') {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end;
        }
        if (c == '/' && next == '*') {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < sql.length()) {
                char d = sql.charAt(j);
                if (d == '\\' && c != '`' && j + 1 < sql.length()) {
                    j += 2;
                } else if (d == c) {
                    return j + 1;
                } else {
                    j++;
                }
            }
            return sql.length();
        }
        return i;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty() && !onlyComments(statement)) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    private static boolean onlyComments(String statement) {
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ((c == '-' || c == '/') && opaqueEnd(statement, i) > i) {
                i = opaqueEnd(statement, i);
            } else {
                return false;
            }
        }
        return true;
    }

    /** A {@code :name} marker without a parameter of that name. */
    static final class UnboundParameterException extends RuntimeException {
        private final String name;

        UnboundParameterException(String name) {
            super("[UNBOUND_SQL_PARAMETER] Found the unbound parameter: " + name
                    + ". Please, fix `parameters` and provide a mapping of the parameter to a SQL literal.");
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
