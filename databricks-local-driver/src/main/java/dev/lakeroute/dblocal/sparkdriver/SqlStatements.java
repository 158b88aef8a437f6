package dev.lakeroute.dblocal.sparkdriver;

import java.util.ArrayList;
import java.util.List;

/** Splits a SQL command at top-level semicolons: not inside quotes, backticks or comments. */
final class SqlStatements {
    private SqlStatements() {
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : 0;
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote != '`' && next != 0) {
                    current.append(next);
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '-' && next == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end - 1;
            } else if (c == '/' && next == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 1;
            } else if (c == ';') {
                add(statements, current);
            } else {
                if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                }
                current.append(c);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
