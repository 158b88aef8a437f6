package dev.lakeroute.dblocal.sparkdriver;

/** API 1.2 command states, spelled as Databricks spells them on the wire. */
public enum CommandStatus {
    Queued, Running, Cancelling, Finished, Cancelled, Error;

    public boolean isTerminal() {
        return this == Finished || this == Cancelled || this == Error;
    }
}
