package dev.lakeroute.dblocal;

import dev.lakeroute.dblocal.driver.DriverSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar databricks-local.jar [--host H] [--port P] [--data-dir DIR] [--token T]
 * [--service-principal ID:SECRET] [--cluster-start-delay-ms N] [--maven-repository DIR] [--no-spark] [--driver-heap SIZE]
 * [--max-contexts N] [--rate-limit FAMILY=N] [--tls-keystore FILE --tls-password PASSWORD | --tls-self-signed]} — prints the URL and token, serves until stopped.
 */
public final class Main {
    static final String USAGE = """
            Usage: java -jar databricks-local.jar [options]
              --host HOST                    address to bind (default 127.0.0.1)
              --port PORT                    port, 0 picks a free one (default 8080)
              --data-dir DIR                 where state, DBFS and the workspace live (default ./databricks-local-data)
              --token TOKEN                  the workspace token clients send as Bearer (default: random dapi… token)
              --service-principal ID:SECRET  an OAuth M2M client allowed to get tokens (repeatable)
              --workspace-id N / --account-id ID / --cloud aws|azure|gcp
                                             what host metadata and the account APIs report (ids default: made once, kept)
              --cluster-start-delay-ms N     how long a cluster stays PENDING (default 1000)
              --maven-repository DIR         where maven libraries are resolved from (default ~/.m2/repository)
              --no-spark                     control plane only: RUNNING clusters have no Spark driver
              --driver-heap SIZE             -Xmx of each cluster's Spark driver JVM (default 1g)
              --max-contexts N               execution contexts per driver (default 16)
              --rate-limit FAMILY=N          answer 429 REQUEST_LIMIT_EXCEEDED beyond N requests/s to an endpoint
                                             family (jobs, clusters, dbfs, …; * for all together; repeatable)
              --tls-keystore FILE            serve https:// with the key and certificate of this PKCS12 (or .jks) file
              --tls-password PASSWORD        the password of --tls-keystore
              --tls-self-signed              serve https:// with a self-signed certificate kept in DATA_DIR/tls
                                             (prints the trust store and PEM file clients need)
              --help                         this text
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        DatabricksLocal.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("databricks-local: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.print(USAGE);
            return;
        }
        DatabricksLocal local = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            local.close();
            stopped.countDown();
        }, "databricks-local-shutdown"));
        System.out.println("databricks-local listening on " + local.url() + " token " + local.token()
                + " data-dir " + local.dataDir());
        System.out.println("  export DATABRICKS_HOST=" + local.url() + " DATABRICKS_TOKEN=" + local.token());
        local.selfSignedCertificate().ifPresent(certificate -> {
            System.out.println("  self-signed certificate: curl --cacert " + certificate.certificatePem());
            System.out.println("  camel-databricks: trustStore=" + certificate.trustStore() + "&trustStorePassword="
                    + certificate.trustStorePassword());
        });
        System.out.flush();
        stopped.await();
    }

    /** The builder the arguments describe, or {@code null} when only help was asked for. */
    static DatabricksLocal.Builder parse(String[] args) {
        DatabricksLocal.Builder builder = DatabricksLocal.builder().port(8080).dataDir(Path.of("databricks-local-data"));
        DriverSettings driver = DriverSettings.defaults();
        boolean spark = true;
        Path keyStore = null;
        String keyStorePassword = null;
        boolean selfSigned = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (option.equals("--no-spark")) {
                spark = false;
                continue;
            }
            if (option.equals("--tls-self-signed")) {
                selfSigned = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unknown argument '" + option + "'");
            }
            String value = args[++i];
            switch (option) {
                case "--host" -> builder.host(value);
                case "--port" -> builder.port(parseInt(option, value, 0, 65535));
                case "--data-dir" -> builder.dataDir(Path.of(value));
                case "--token" -> builder.token(value);
                case "--service-principal" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0 || colon == value.length() - 1) {
                        throw new IllegalArgumentException("--service-principal takes CLIENT_ID:CLIENT_SECRET");
                    }
                    builder.servicePrincipal(value.substring(0, colon), value.substring(colon + 1));
                }
                case "--workspace-id" -> builder.workspaceId(value);
                case "--account-id" -> builder.accountId(value);
                case "--cloud" -> builder.cloud(value);
                case "--cluster-start-delay-ms" -> builder.clusterStartDelay(Duration.ofMillis(parseInt(option, value, 0, Integer.MAX_VALUE)));
                case "--maven-repository" -> builder.mavenRepository(Path.of(value));
                case "--driver-heap" -> driver = driver.withHeap(value);
                case "--max-contexts" -> driver = driver.withMaxContexts(parseInt(option, value, 1, 1000));
                case "--rate-limit" -> {
                    var limit = dev.lakeroute.dblocal.http.RateLimitFilter.parse(value);
                    builder.rateLimit(limit.getKey(), limit.getValue());
                }
                case "--tls-keystore" -> keyStore = Path.of(value);
                case "--tls-password" -> keyStorePassword = value;
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        tls(builder, keyStore, keyStorePassword, selfSigned);
        return spark ? builder.spark(driver) : builder;
    }

    private static void tls(DatabricksLocal.Builder builder, Path keyStore, String password, boolean selfSigned) {
        if (selfSigned && (keyStore != null || password != null)) {
            throw new IllegalArgumentException("--tls-self-signed and --tls-keystore exclude each other: choose one");
        }
        if (keyStore == null && password != null) {
            throw new IllegalArgumentException("--tls-password needs --tls-keystore FILE");
        }
        if (keyStore != null && password == null) {
            throw new IllegalArgumentException("--tls-keystore needs --tls-password PASSWORD");
        }
        if (keyStore != null) {
            builder.tls(keyStore, password);
        } else if (selfSigned) {
            builder.selfSignedTls();
        }
    }

    private static int parseInt(String option, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was '" + value + "'");
        }
    }
}
