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

    private final boolean shared;
    private final UnaryOperator<DatabricksLocal.Builder> customizer;
    private DatabricksLocal server;

    private DatabricksLocalExtension(boolean shared, UnaryOperator<DatabricksLocal.Builder> customizer) {
        this.shared = shared;
        this.customizer = customizer;
    }

    /** One server for every test class in this JVM that asks for it, with fast cluster transitions. */
    public static DatabricksLocalExtension perJvm() {
        return new DatabricksLocalExtension(true, UnaryOperator.identity());
    }

    /** A server of this test class's own, set up by {@code customizer}. */
    public static DatabricksLocalExtension perClass(UnaryOperator<DatabricksLocal.Builder> customizer) {
        return new DatabricksLocalExtension(false, customizer);
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
        if (shared) {
            server = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent("shared", key -> new CloseableServer(testBuilder().start()), CloseableServer.class)
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
