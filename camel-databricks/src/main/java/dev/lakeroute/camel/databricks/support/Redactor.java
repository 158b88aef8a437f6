package dev.lakeroute.camel.databricks.support;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Replaces known secret values in text that came from elsewhere (a server's error message, an
 * exception from the HTTP stack), in case something echoed a credential back.
 */
public final class Redactor {

    public static final String MASK = "xxxxxx";
    private static final Redactor NONE = new Redactor(List.of());

    // Short values would turn ordinary words into masks without protecting anything.
    private static final int MIN_SECRET_LENGTH = 4;

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    public static Redactor none() {
        return NONE;
    }

    public static Redactor of(Collection<String> secrets) {
        return new Redactor(secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= MIN_SECRET_LENGTH)
                .distinct().toList());
    }

    public Redactor and(Redactor other) {
        return of(java.util.stream.Stream.concat(secrets.stream(), other.secrets.stream()).toList());
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    @Override
    public String toString() {
        return "Redactor[" + secrets.size() + " secrets]";
    }
}
