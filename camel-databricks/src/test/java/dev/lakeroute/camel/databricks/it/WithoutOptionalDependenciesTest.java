package dev.lakeroute.camel.databricks.it;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * micrometer-core and opentelemetry-api are optional dependencies: in a class loader without them the component
 * starts and calls databricks-local, and neither the metrics nor the tracing package is ever loaded.
 */
class WithoutOptionalDependenciesTest {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    /** The test class path without Micrometer's and OpenTelemetry's jars, loading everything itself (not from the test's loader). */
    static final class WithoutOptionals extends URLClassLoader {
        WithoutOptionals(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    /** Runs in the class loader without Micrometer and OpenTelemetry: a context with the component, one call. */
    public static final class OneCall implements Function<Map<String, String>, Object> {
        @Override
        public Object apply(Map<String, String> server) {
            CamelContext context = new DefaultCamelContext();
            DatabricksComponent component = new DatabricksComponent();
            component.getConfiguration().setHost(server.get("url"));
            component.getConfiguration().setToken(server.get("token"));
            component.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", System.getProperty("java.io.tmpdir"))));
            context.addComponent("databricks", component);
            context.start();
            try {
                return context.createProducerTemplate().requestBody("databricks:clusters/list", (Object) null);
            } finally {
                context.stop();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void componentWorksAndNeverLoadsItsMetricsWithoutOptionals() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("micrometer") && !entry.contains("opentelemetry")) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (WithoutOptionals loader = new WithoutOptionals(urls.toArray(URL[]::new))) {
            Function<Map<String, String>, Object> run = (Function<Map<String, String>, Object>) loader
                    .loadClass(OneCall.class.getName()).getDeclaredConstructor().newInstance();
            // Camel finds its factories through the thread's context class loader.
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            Object clusters;
            try {
                clusters = run.apply(Map.of("url", LOCAL.url(), "token", LOCAL.token()));
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }

            assertThat(clusters).isInstanceOf(Map.class);
            assertThat(loader.loaded("dev.lakeroute.camel.databricks.DatabricksComponent")).isTrue();
            assertThat(loader.loaded("dev.lakeroute.camel.databricks.metrics.MicrometerObserver")).isFalse();
            assertThat(loader.loaded("io.micrometer.core.instrument.MeterRegistry")).isFalse();
            assertThatThrownBy(() -> loader.loadClass("io.micrometer.core.instrument.MeterRegistry"))
                    .as("Micrometer really is absent from this class loader").isInstanceOf(ClassNotFoundException.class);
            assertThat(loader.loaded("dev.lakeroute.camel.databricks.tracing.OpenTelemetryTracer")).isFalse();
            assertThatThrownBy(() -> loader.loadClass("io.opentelemetry.api.OpenTelemetry"))
                    .as("OpenTelemetry really is absent from this class loader").isInstanceOf(ClassNotFoundException.class);
        }
    }
}
