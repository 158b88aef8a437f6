package dev.lakeroute.dblocal.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether the address a server binds reaches beyond this machine, and what to say about it. Every token runs code
 * (Scala, SQL, python, JARs) as the server's OS user, so a server others can reach is a remote shell for anyone who
 * learns a token.
 */
public final class NetworkExposure {
    private NetworkExposure() {
    }

    /** The warning for a server bound to {@code host}, or empty when only this machine can reach it. */
    public static Optional<String> warning(String host, int port) {
        if (isLoopback(host)) {
            return Optional.empty();
        }
        return Optional.of("databricks-local listens on " + host + ":" + port + ", beyond this machine's loopback interface. Anyone who can"
                + " reach it and holds a token can run code (Scala, SQL, python, JAR tasks) as the OS user '" + System.getProperty("user.name")
                + "' and read and write this user's files. Bind to 127.0.0.1 (the default) unless other machines must connect, and then"
                + " only on a network you trust.");
    }

    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            // Binding will fail with its own message; nothing is exposed meanwhile.
            return true;
        }
    }
}
