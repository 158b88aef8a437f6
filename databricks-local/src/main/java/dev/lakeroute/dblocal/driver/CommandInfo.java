package dev.lakeroute.dblocal.driver;

import java.util.Set;

/** A command's state: Queued, Running, Cancelling, Finished, Cancelled or Error, plus its results once known. */
public record CommandInfo(String id, String status, CommandResults results) {
    private static final Set<String> TERMINAL = Set.of("Finished", "Cancelled", "Error");

    public boolean isTerminal() {
        return TERMINAL.contains(status);
    }
}
