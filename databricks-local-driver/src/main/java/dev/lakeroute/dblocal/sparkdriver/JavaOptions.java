package dev.lakeroute.dblocal.sparkdriver;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code spark.*.extraJavaOptions} value split into JVM arguments as Spark splits it: on whitespace, with
 * single or double quotes keeping an argument together. Heap size is refused as Spark refuses it: the cluster's
 * heap is databricks-local's to set.
 */
public final class JavaOptions {

    private JavaOptions() {
    }

    public static List<String> parse(String key, String value) {
        List<String> options = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return options;
        }
        StringBuilder current = new StringBuilder();
        boolean inOption = false;
        char quote = 0;
        for (char c : value.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inOption = true;
            } else if (Character.isWhitespace(c)) {
                if (inOption) {
                    options.add(current.toString());
                    current.setLength(0);
                    inOption = false;
                }
            } else {
                current.append(c);
                inOption = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException(key + " has an unclosed " + quote + " quote: " + value);
        }
        if (inOption) {
            options.add(current.toString());
        }
        for (String option : options) {
            if (option.startsWith("-Xmx") || option.startsWith("-Xms")) {
                throw new IllegalArgumentException(key + " must not set the heap size (" + option
                        + "); databricks-local sets the driver's heap (its --driver-heap option)");
            }
        }
        return options;
    }
}
