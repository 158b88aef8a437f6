package dev.lakeroute.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Repetitions of one measurement: the median is reported, min and max show the noise. */
public record Stats(List<Double> samples) {
    public Stats {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
    }

    public double median() {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public double min() {
        return Collections.min(samples);
    }

    public double max() {
        return Collections.max(samples);
    }

    /** Per-repetition ratios of this over {@code peer}, paired by repetition (both measured side by side). */
    public Stats over(Stats peer) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(samples.size(), peer.samples().size()); i++) {
            ratios.add(samples.get(i) / peer.samples().get(i));
        }
        return new Stats(ratios);
    }

    public String format(String unit) {
        return String.format(Locale.ROOT, "%.2f %s (min %.2f, max %.2f, n=%d)", median(), unit, min(), max(), samples.size());
    }
}
