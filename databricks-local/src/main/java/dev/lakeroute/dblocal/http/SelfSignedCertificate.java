package dev.lakeroute.dblocal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for serving {@code https://} on this machine, made by the JDK's own {@code keytool}
 * (no extra dependency; the JDK has no public API to sign a certificate). Besides the server's key store it
 * writes what clients need to trust it: a PKCS12 trust store holding only the certificate (for Java clients'
 * {@code trustStore}) and the certificate as PEM ({@code curl --cacert}). {@link #toString()} masks the passwords.
 *
 * @param keyStore           PKCS12 with the private key, for the server
 * @param trustStore         PKCS12 with the certificate only, for clients
 * @param trustStorePassword not a secret in the way the key store's is: it guards the integrity of public data
 * @param certificatePem     the certificate, PEM-encoded
 */
public record SelfSignedCertificate(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword,
                                    Path certificatePem) {

    private static final String ALIAS = "databricks-local";
    private static final int VALIDITY_DAYS = 825;
    private static final String PASSWORDS_FILE = "self-signed.properties";

    /** The names every local certificate carries, whatever address the server binds. */
    private static final List<String> LOCAL_NAMES = List.of("dns:localhost", "ip:127.0.0.1", "ip:::1");

    public ServerTls serverTls() {
        return new ServerTls(keyStore, keyStorePassword);
    }

    /**
     * The certificate in {@code dataDir/tls}: the one made by an earlier start when it is still valid and
     * names {@code host}, so clients that trust it keep working across restarts; otherwise a new one.
     */
    public static SelfSignedCertificate forHost(Path dataDir, String host) {
        Path dir = dataDir.resolve("tls");
        List<String> names = namesFor(host);
        SelfSignedCertificate existing = existing(dir);
        if (existing != null && existing.isValidFor(names)) {
            return existing;
        }
        return generate(dir, names);
    }

    /**
     * A new certificate in {@code dir} (files there are replaced) for the given subject alternative names in
     * keytool's syntax: {@code dns:NAME} or {@code ip:ADDRESS}.
     */
    public static SelfSignedCertificate generate(Path dir, List<String> subjectAltNames) {
        if (subjectAltNames.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one name (dns:NAME or ip:ADDRESS)");
        }
        SelfSignedCertificate files = new SelfSignedCertificate(dir.resolve("server.p12"), randomPassword(),
                dir.resolve("truststore.p12"), randomPassword(), dir.resolve("certificate.pem"));
        try {
            Files.createDirectories(dir);
            for (Path path : List.of(files.keyStore, files.trustStore, files.certificatePem, dir.resolve(PASSWORDS_FILE))) {
                Files.deleteIfExists(path);
            }
            files.runKeytool(subjectAltNames);
            X509Certificate certificate = files.readCertificate(files.keyStore, files.keyStorePassword);
            files.writeTrustStore(certificate);
            Files.writeString(files.certificatePem, pem(certificate), StandardCharsets.US_ASCII);
            files.writePasswords(dir.resolve(PASSWORDS_FILE));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a self-signed certificate to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keytool wrote " + files.keyStore + " but it cannot be read back: " + e.getMessage(), e);
        }
    }

    static List<String> namesFor(String host) {
        Set<String> names = new LinkedHashSet<>(LOCAL_NAMES);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean wildcard = bare.equals("0.0.0.0") || bare.equals("::") || bare.isEmpty();
        if (!wildcard) {
            boolean ip = bare.contains(":") || bare.matches("\\d{1,3}(\\.\\d{1,3}){3}");
            names.add((ip ? "ip:" : "dns:") + bare.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }

    private void runKeytool(List<String> subjectAltNames) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows") ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IllegalStateException("No keytool at " + keytool + " to make a self-signed certificate (a JRE without"
                    + " the JDK tools?); give a key store of your own instead (builder tls(keyStore, password), --tls-keystore)");
        }
        List<String> command = new ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
                "-keyalg", "RSA", "-keysize", "2048", "-validity", Integer.toString(VALIDITY_DAYS),
                "-dname", "CN=databricks-local", "-ext", "SAN=" + String.join(",", subjectAltNames),
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                // From the environment, so the password never shows in the process list.
                "-storepass:env", "DATABRICKS_LOCAL_KEYSTORE_PASSWORD"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DATABRICKS_LOCAL_KEYSTORE_PASSWORD", keyStorePassword);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish within 60 s making " + keyStore);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while keytool made " + keyStore, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed (exit " + process.exitValue() + ") making " + keyStore + ": "
                    + new String(output, StandardCharsets.UTF_8).trim());
        }
        restrictToOwner(keyStore);
    }

    private X509Certificate readCertificate(Path store, String password) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password.toCharArray());
        }
        Certificate certificate = keys.getCertificate(ALIAS);
        if (!(certificate instanceof X509Certificate x509)) {
            throw new GeneralSecurityException("no certificate under alias " + ALIAS);
        }
        return x509;
    }

    private void writeTrustStore(X509Certificate certificate) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, certificate);
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trusted.store(out, trustStorePassword.toCharArray());
        }
    }

    private void writePasswords(Path file) throws IOException {
        Properties passwords = new Properties();
        passwords.setProperty("keyStorePassword", keyStorePassword);
        passwords.setProperty("trustStorePassword", trustStorePassword);
        Files.createFile(file);
        restrictToOwner(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            passwords.store(out, "Passwords of the self-signed certificate of databricks-local; delete this directory for a new one");
        }
    }

    private static SelfSignedCertificate existing(Path dir) {
        Path passwordsFile = dir.resolve(PASSWORDS_FILE);
        if (!Files.isRegularFile(passwordsFile)) {
            return null;
        }
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(passwordsFile)) {
            passwords.load(in);
        } catch (IOException e) {
            return null;
        }
        String keyStorePassword = passwords.getProperty("keyStorePassword");
        String trustStorePassword = passwords.getProperty("trustStorePassword");
        if (keyStorePassword == null || trustStorePassword == null) {
            return null;
        }
        return new SelfSignedCertificate(dir.resolve("server.p12"), keyStorePassword, dir.resolve("truststore.p12"),
                trustStorePassword, dir.resolve("certificate.pem"));
    }

    /** Readable with its passwords, not expired, and naming every one of {@code names}. */
    private boolean isValidFor(List<String> names) {
        try {
            if (!Files.isRegularFile(certificatePem)) {
                return false;
            }
            X509Certificate certificate = readCertificate(keyStore, keyStorePassword);
            readCertificate(trustStore, trustStorePassword);
            certificate.checkValidity();
            Set<String> named = new LinkedHashSet<>();
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            for (List<?> alternative : alternatives == null ? List.<List<?>>of() : alternatives) {
                int kind = (Integer) alternative.get(0);
                String value = String.valueOf(alternative.get(1)).toLowerCase(Locale.ROOT);
                named.add((kind == 7 ? "ip:" : "dns:") + value);
            }
            return names.stream().map(SelfSignedCertificate::canonical).allMatch(name -> named.stream()
                    .map(SelfSignedCertificate::canonical).anyMatch(name::equals));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** {@code ip:::1} and the certificate's {@code ip:0:0:0:0:0:0:0:1} are one name. */
    private static String canonical(String name) {
        if (name.startsWith("ip:")) {
            try {
                return "ip:" + java.net.InetAddress.getByName(name.substring(3)).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                return name;
            }
        }
        return name;
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "SelfSignedCertificate[keyStore=" + keyStore + ", trustStore=" + trustStore + ", certificatePem="
                + certificatePem + ", passwords=****]";
    }
}
