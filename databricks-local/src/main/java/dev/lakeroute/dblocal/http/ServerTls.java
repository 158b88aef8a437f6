package dev.lakeroute.dblocal.http;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyStoreOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Locale;

/**
 * The key store databricks-local serves {@code https://} with: a PKCS12 (or, by its {@code .jks} name, JKS)
 * file holding one private key and its certificate chain. {@link #toString()} masks the password.
 */
public record ServerTls(Path keyStore, String password) {

    public ServerTls {
        if (keyStore == null) {
            throw new IllegalArgumentException("the TLS key store path must be given");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the TLS key store " + keyStore + " needs its password");
        }
        keyStore = keyStore.toAbsolutePath().normalize();
    }

    /** PKCS12 unless the file is named {@code *.jks}. */
    public String type() {
        return keyStore.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
    }

    /**
     * The server options with TLS on. The key store is opened here first, so a wrong path or password fails
     * with a message naming the file instead of a handshake error on the first connection.
     */
    HttpServerOptions applyTo(HttpServerOptions options) {
        requireUsableKeyStore();
        return options.setSsl(true)
                .setKeyCertOptions(new KeyStoreOptions().setType(type()).setPath(keyStore.toString()).setPassword(password));
    }

    private void requireUsableKeyStore() {
        if (!Files.isRegularFile(keyStore)) {
            throw new IllegalArgumentException("TLS key store " + keyStore + " does not exist; give a " + type()
                    + " file with the server's private key and certificate");
        }
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance(type());
            store.load(in, password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return;
                }
            }
            throw new IllegalArgumentException("TLS key store " + keyStore + " holds no private key; it must hold the server's"
                    + " key and certificate (a trust store with certificates only cannot serve https)");
        } catch (IOException | GeneralSecurityException e) {
            // The cause stays out: key store errors may quote what was tried as the password.
            throw new IllegalArgumentException("TLS key store " + keyStore + " cannot be opened as " + type() + " with the given password ("
                    + e.getClass().getSimpleName() + "); check the file and its password");
        }
    }

    @Override
    public String toString() {
        return "ServerTls[keyStore=" + keyStore + ", type=" + type() + ", password=****]";
    }
}
