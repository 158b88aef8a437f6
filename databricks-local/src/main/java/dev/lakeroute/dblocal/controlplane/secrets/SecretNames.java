package dev.lakeroute.dblocal.controlplane.secrets;

import dev.lakeroute.dblocal.http.ApiException;

import java.util.regex.Pattern;

/** Databricks' rules for scope names, secret keys, values and ACL permissions. */
final class SecretNames {
    static final int MAX_VALUE_BYTES = 128 * 1024;
    static final int MAX_SCOPES = 1000;
    static final int MAX_SECRETS_PER_SCOPE = 1000;
    private static final Pattern SCOPE = Pattern.compile("^[A-Za-z0-9_\\-@.]{1,128}$");
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_\\-.]{1,128}$");

    private SecretNames() {
    }

    static String checkScope(String scope) {
        if (!SCOPE.matcher(scope).matches()) {
            throw ApiException.invalidParameter("Scope name '" + scope + "' is invalid: it must consist of alphanumeric characters, "
                    + "dashes, underscores, @ and periods, and may not exceed 128 characters.");
        }
        return scope;
    }

    static String checkKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalidParameter("Secret key '" + key + "' is invalid: it must consist of alphanumeric characters, "
                    + "dashes, underscores and periods, and may not exceed 128 characters.");
        }
        return key;
    }

    static String checkPermission(String permission) {
        if (!permission.equals("READ") && !permission.equals("WRITE") && !permission.equals("MANAGE")) {
            throw ApiException.invalidParameter("Invalid permission '" + permission + "'; allowed are READ, WRITE and MANAGE");
        }
        return permission;
    }
}
