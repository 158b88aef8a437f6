package dev.lakeroute.dblocal.controlplane.resources.ipaccesslists;


import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the entries of an IP access list: IPv4 addresses or IPv4 CIDR ranges. */
final class IpAddresses {
    private static final Pattern IPV4_OR_CIDR = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?$");

    private IpAddresses() {
    }

    static boolean isValid(String entry) {
        Matcher matcher = IPV4_OR_CIDR.matcher(entry.trim());
        if (!matcher.matches()) {
            return false;
        }
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(matcher.group(group)) > 255) {
                return false;
            }
        }
        return matcher.group(5) == null || Integer.parseInt(matcher.group(5)) <= 32;
    }
}
