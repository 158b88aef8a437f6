package dev.lakeroute.dblocal.controlplane.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Databricks {@code COPY INTO} statement, read so that it can run on Spark, which has none:
 * {@code COPY INTO table FROM 'location' FILEFORMAT = CSV|JSON|PARQUET|ORC|TEXT [FILES = ('a', …)] [PATTERN = 'glob']
 * [FORMAT_OPTIONS ('k' = 'v', …)] [COPY_OPTIONS ('force' = 'true')]}.
 * A location without a scheme is a DBFS path (also {@code /Volumes/…}), as on Databricks.
 */
record CopyInto(String table, String location, String format, List<String> files, String pattern,
                Map<String, String> formatOptions, boolean force) {

    /** A COPY INTO that databricks-local cannot read or run; the message says what is allowed. */
    static final class SyntaxException extends RuntimeException {
        SyntaxException(String message) {
            super(message);
        }
    }

    static final Set<String> FORMATS = Set.of("CSV", "JSON", "PARQUET", "ORC", "TEXT");
    private static final Set<String> COPY_OPTIONS = Set.of("force", "mergeSchema");

    CopyInto {
        files = List.copyOf(files);
        formatOptions = Map.copyOf(formatOptions);
    }

    /** The statement as a COPY INTO, or empty when it is another statement. */
    static Optional<CopyInto> parse(String sql) {
        Tokens tokens = new Tokens(sql);
        if (!tokens.peekKeyword("COPY")) {
            return Optional.empty();
        }
        tokens.next();
        if (!tokens.peekKeyword("INTO")) {
            return Optional.empty();
        }
        tokens.next();
        String table = tokens.identifier();
        tokens.keyword("FROM");
        if (tokens.peek("(")) {
            throw new SyntaxException("COPY INTO … FROM (SELECT …) is not supported by databricks-local; name the location "
                    + "(FROM 'dbfs:/…') and let the table's columns select the fields");
        }
        String location = tokens.string();
        String format = null;
        List<String> files = List.of();
        String pattern = null;
        Map<String, String> formatOptions = Map.of();
        boolean force = false;
        while (tokens.hasNext()) {
            String clause = tokens.word().toUpperCase(Locale.ROOT);
            switch (clause) {
                case "FILEFORMAT" -> {
                    tokens.expect("=");
                    format = tokens.word().toUpperCase(Locale.ROOT);
                    if (!FORMATS.contains(format)) {
                        throw new SyntaxException("FILEFORMAT = " + format + " is not supported by databricks-local; allowed: "
                                + String.join(", ", FORMATS.stream().sorted().toList()));
                    }
                }
                case "FILES" -> {
                    tokens.expect("=");
                    files = tokens.stringList();
                }
                case "PATTERN" -> {
                    tokens.expect("=");
                    pattern = tokens.string();
                }
                case "FORMAT_OPTIONS" -> formatOptions = tokens.options();
                case "COPY_OPTIONS" -> {
                    Map<String, String> options = tokens.options();
                    for (String name : options.keySet()) {
                        if (COPY_OPTIONS.stream().noneMatch(name::equalsIgnoreCase)) {
                            throw new SyntaxException("COPY_OPTIONS '" + name + "' is not supported by databricks-local; allowed: force");
                        }
                        if (name.equalsIgnoreCase("mergeSchema") && Boolean.parseBoolean(options.get(name))) {
                            throw new SyntaxException("COPY_OPTIONS 'mergeSchema' = 'true' is not supported by databricks-local: "
                                    + "create the table with its columns first");
                        }
                    }
                    force = options.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase("force")
                            && Boolean.parseBoolean(e.getValue()));
                }
                default -> throw new SyntaxException("COPY INTO has no clause " + clause
                        + "; allowed: FILEFORMAT, FILES, PATTERN, FORMAT_OPTIONS, COPY_OPTIONS");
            }
        }
        if (format == null) {
            throw new SyntaxException("COPY INTO needs FILEFORMAT = " + String.join(" | ", FORMATS.stream().sorted().toList()));
        }
        if (!files.isEmpty() && pattern != null) {
            throw new SyntaxException("COPY INTO takes FILES or PATTERN, not both");
        }
        return Optional.of(new CopyInto(table, location, format, files, pattern, formatOptions, force));
    }

    /** The location as Spark reads it: a path without a scheme is in DBFS; PATTERN is a glob below the location. */
    String sourcePath() {
        String base = location.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? location : "dbfs:" + (location.startsWith("/") ? "" : "/") + location;
        if (pattern == null) {
            return base;
        }
        return base.replaceAll("/+$", "") + "/" + pattern.replaceAll("^/+", "");
    }

    /** Reads the statement's words, quoted strings and punctuation; comments are skipped. */
    private static final class Tokens {
        private final List<String> tokens = new ArrayList<>();
        private int position;

        Tokens(String sql) {
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                    int end = sql.indexOf('\n', i);
                    i = end < 0 ? sql.length() : end;
                } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                    int end = sql.indexOf("*/", i + 2);
                    i = end < 0 ? sql.length() : end + 2;
                } else if (c == '\'' || c == '"') {
                    int j = i + 1;
                    while (j < sql.length() && sql.charAt(j) != c) {
                        j += sql.charAt(j) == '\\' ? 2 : 1;
                    }
                    tokens.add(sql.substring(i, Math.min(j + 1, sql.length())));
                    i = j + 1;
                } else if ("=(),".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else {
                    int j = i;
                    // A name runs to whitespace or punctuation; a `quoted` part of it may hold either.
                    while (j < sql.length() && !Character.isWhitespace(sql.charAt(j)) && "=(),'\"".indexOf(sql.charAt(j)) < 0) {
                        if (sql.charAt(j) == '`') {
                            int close = sql.indexOf('`', j + 1);
                            j = close < 0 ? sql.length() : close + 1;
                        } else {
                            j++;
                        }
                    }
                    tokens.add(sql.substring(i, j));
                    i = j;
                }
            }
        }

        boolean hasNext() {
            return position < tokens.size();
        }

        boolean peek(String token) {
            return hasNext() && tokens.get(position).equals(token);
        }

        boolean peekKeyword(String keyword) {
            return hasNext() && tokens.get(position).equalsIgnoreCase(keyword);
        }

        String next() {
            if (!hasNext()) {
                throw new SyntaxException("COPY INTO ends too early; expected: COPY INTO table FROM 'location' FILEFORMAT = CSV …");
            }
            return tokens.get(position++);
        }

        void keyword(String keyword) {
            String token = next();
            if (!token.equalsIgnoreCase(keyword)) {
                throw new SyntaxException("COPY INTO expected " + keyword + " but found " + token);
            }
        }

        void expect(String token) {
            String found = next();
            if (!found.equals(token)) {
                throw new SyntaxException("COPY INTO expected '" + token + "' but found " + found);
            }
        }

        String word() {
            String token = next();
            if (token.startsWith("'") || "=(),".contains(token)) {
                throw new SyntaxException("COPY INTO expected a clause name but found " + token);
            }
            return token;
        }

        String identifier() {
            String token = next();
            if (token.startsWith("'") || token.startsWith("\"") || "=(),".contains(token)) {
                throw new SyntaxException("COPY INTO expected a table name but found " + token);
            }
            return token;
        }

        String string() {
            String token = next();
            if (!(token.startsWith("'") || token.startsWith("\"")) || token.length() < 2) {
                throw new SyntaxException("COPY INTO expected a quoted string but found " + token);
            }
            return token.substring(1, token.length() - 1).replace("\\'", "'").replace("\\\"", "\"").replace("\\\\", "\\");
        }

        List<String> stringList() {
            expect("(");
            List<String> values = new ArrayList<>();
            while (true) {
                values.add(string());
                String separator = next();
                if (separator.equals(")")) {
                    return values;
                }
                if (!separator.equals(",")) {
                    throw new SyntaxException("COPY INTO expected ',' or ')' but found " + separator);
                }
            }
        }

        Map<String, String> options() {
            expect("(");
            Map<String, String> options = new LinkedHashMap<>();
            if (peek(")")) {
                next();
                return options;
            }
            while (true) {
                String name = string();
                expect("=");
                options.put(name, string());
                String separator = next();
                if (separator.equals(")")) {
                    return options;
                }
                if (!separator.equals(",")) {
                    throw new SyntaxException("COPY INTO expected ',' or ')' but found " + separator);
                }
            }
        }
    }
}
