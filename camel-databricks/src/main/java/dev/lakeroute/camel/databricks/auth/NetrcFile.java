package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ~/.netrc}, the file {@code curl -n} reads (the way Databricks' REST API 1.2 documentation calls it):
 * {@code machine <host> login <user> password <secret>} entries and an optional {@code default}.
 */
public final class NetrcFile {

    private final List<Entry> entries;

    private NetrcFile(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static NetrcFile read(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read netrc file " + path, e);
        }
    }

    static NetrcFile parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] tokens = text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+");
        String machine = null;
        String login = null;
        String password = null;
        boolean inEntry = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            switch (token) {
                case "machine", "default" -> {
                    if (inEntry) {
                        entries.add(new Entry(machine, login, password));
                    }
                    inEntry = true;
                    machine = token.equals("machine") && i + 1 < tokens.length ? tokens[++i] : null;
                    login = null;
                    password = null;
                }
                case "login" -> login = i + 1 < tokens.length ? tokens[++i] : null;
                case "password" -> password = i + 1 < tokens.length ? tokens[++i] : null;
                case "account" -> i++;
                case "macdef" -> i = tokens.length;
                default -> {
                    // Unknown tokens are skipped, as curl does.
                }
            }
        }
        if (inEntry) {
            entries.add(new Entry(machine, login, password));
        }
        return new NetrcFile(entries);
    }

    /** The entry for the host name, else the {@code default} entry. */
    public Optional<Entry> find(String hostName) {
        return entries.stream().filter(e -> hostName.equalsIgnoreCase(e.machine())).findFirst()
                .or(() -> entries.stream().filter(e -> e.machine() == null).findFirst())
                .filter(e -> e.login() != null && e.password() != null);
    }

    /** One machine entry; {@code machine} is null for {@code default}. */
    public record Entry(String machine, String login, String password) {
        @Override
        public String toString() {
            return "Entry[machine=" + machine + ", login=" + login + "]";
        }
    }
}
