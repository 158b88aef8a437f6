package dev.lakeroute.camel.databricks.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Suggests what the user probably meant, ranked by edit distance. */
public final class ClosestNames {

    private ClosestNames() {
    }

    public static List<String> closest(String wanted, Collection<String> candidates, int limit) {
        String target = wanted == null ? "" : wanted;
        return candidates.stream()
                .map(c -> new Scored(c, distance(target, c)))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** Levenshtein distance, two rows at a time. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
