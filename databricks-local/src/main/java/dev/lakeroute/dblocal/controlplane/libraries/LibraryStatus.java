package dev.lakeroute.dblocal.controlplane.libraries;

/** {@code LibraryFullStatus.status} values. */
public enum LibraryStatus {
    PENDING, RESOLVING, INSTALLING, INSTALLED, FAILED, UNINSTALL_ON_RESTART, SKIPPED, RESTORED
}
