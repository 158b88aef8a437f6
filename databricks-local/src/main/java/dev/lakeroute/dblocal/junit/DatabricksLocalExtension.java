package dev.lakeroute.dblocal.junit;

import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Starts databricks-local for tests. {@link #perJvm()} shares one server by every test class of the JVM
 * (stopped when the JVM's root test context closes); {@link #perClass()} starts one for the class.
 * <pre>{@code
 * @RegisterExtension
 * static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();
 * ... local.url(), local.token(), local.server().faults()
 * }</pre>
 * Test methods and constructors may also take a {@link DatabricksLocal} parameter.
 */
public final class DatabricksLocalExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabricksLocalExtension.class);
    public static final String SHARED_TOKEN = "dapi-local-test-token";

    private final String sharedKey;
    private final UnaryOperator<DatabricksLocal.Builder> customizer;
    private DatabricksLocal server;

    private DatabricksLocalExtension(String sharedKey, UnaryOperator<DatabricksLocal.Builder> customizer) {
        this.sharedKey = sharedKey;
        this.customizer = customizer;
    }

    /** One control-plane-only server for every test class in this JVM that asks for it, with fast cluster transitions. */
    public static DatabricksLocalExtension perJvm() {
        return new DatabricksLocalExtension("shared", UnaryOperator.identity());
    }

    /**
     * One server with Spark-backed clusters for every test class in this JVM that asks for it: clusters
     * started on it are real driver JVMs, so share clusters between tests where you can.
     */
    public static DatabricksLocalExtension perJvmWithSpark() {
        return new DatabricksLocalExtension("shared-spark", DatabricksLocal.Builder::spark);
    }

    /** A server of this test class's own, set up by {@code customizer}. */
    public static DatabricksLocalExtension perClass(UnaryOperator<DatabricksLocal.Builder> customizer) {
        return new DatabricksLocalExtension(null, customizer);
    }

    public static DatabricksLocalExtension perClass() {
        return perClass(UnaryOperator.identity());
    }

    public DatabricksLocal server() {
        if (server == null) {
            throw new IllegalStateException("databricks-local is started in beforeAll; it is not available before");
        }
        return server;
    }

    public String url() {
        return server().url();
    }

    public String token() {
        return server().token();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (sharedKey != null) {
            server = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(sharedKey, key -> new CloseableServer(customizer.apply(testBuilder()).start()), CloseableServer.class)
                    .server();
        } else {
            server = context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("perClass", key -> new CloseableServer(customizer.apply(testBuilder()).start()), CloseableServer.class)
                    .server();
        }
    }

    private static DatabricksLocal.Builder testBuilder() {
        return DatabricksLocal.builder()
                .token(SHARED_TOKEN)
                .servicePrincipal("local-test-sp", "local-test-sp-secret")
                .clusterStartDelay(Duration.ofMillis(200))
                .clusterStopDelay(Duration.ofMillis(100));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DatabricksLocal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server();
    }

    /** Closes the server when JUnit closes the store that holds it. */
    private record CloseableServer(DatabricksLocal server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
