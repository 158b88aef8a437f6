package dev.lakeroute.dblocal.controlplane.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range ({@code Range: bytes=a-b}, {@code bytes=a-}, {@code bytes=-n}) resolved against a
 * file size. Several ranges in one header are answered with the whole file, which RFC 9110 allows.
 */
record ByteRange(long start, long endInclusive) {
    private static final Pattern SINGLE = Pattern.compile("^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$", Pattern.CASE_INSENSITIVE);

    long length() {
        return endInclusive - start + 1;
    }

    String contentRange(long size) {
        return "bytes " + start + "-" + endInclusive + "/" + size;
    }

    /** Thrown for a syntactically valid range that lies wholly after the end of the file (answer 416). */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable(String header) {
            super("The range " + header + " lies outside the file", null, false, false);
        }
    }

    /** The range to serve; empty means the whole file (no header, several ranges, or a header we ignore). */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(header);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String first = matcher.group(1);
        String last = matcher.group(2);
        try {
            if (first.isEmpty() && last.isEmpty()) {
                return Optional.empty();
            }
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                if (suffix == 0 || size == 0) {
                    throw new Unsatisfiable(header);
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            if (!last.isEmpty() && Long.parseLong(last) < start) {
                return Optional.empty();
            }
            if (start >= size) {
                throw new Unsatisfiable(header);
            }
            return Optional.of(new ByteRange(start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
