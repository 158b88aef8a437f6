package dev.lakeroute.camel.databricks.springboot;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.service.ServiceHelper;

import dev.lakeroute.camel.databricks.DatabricksComponent;

/**
 * Applies the {@code camel.component.databricks.*} properties to each databricks component Camel creates, through
 * the component's own configurer: the same checks as {@code camel.component.databricks.*} in camel-main, and an
 * option the component does not have fails the start naming the property, never its value (it may be a secret).
 */
final class DatabricksComponentCustomizer implements ComponentCustomizer {

    private final DatabricksComponentConfiguration configuration;
    private final BooleanSupplier enabled;

    DatabricksComponentCustomizer(DatabricksComponentConfiguration configuration, BooleanSupplier enabled) {
        this.configuration = configuration;
        this.enabled = enabled;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof DatabricksComponent && enabled.getAsBoolean();
    }

    @Override
    public void configure(String name, Component target) {
        // The component resolves its configurer when it is initialised.
        ServiceHelper.initService(target);
        PropertyConfigurer configurer = target.getComponentPropertyConfigurer();
        if (configurer == null) {
            throw new IllegalStateException("the databricks component " + name + " has no property configurer;"
                                            + " is camel-databricks' generated configurer on the classpath?");
        }
        for (Map.Entry<String, Object> option : configuration.componentOptions().entrySet()) {
            if (!configurer.configure(target.getCamelContext(), target, option.getKey(), option.getValue(), true)) {
                throw new IllegalArgumentException("camel.component.databricks." + StarterNames.kebab(option.getKey())
                                                   + " is not an option of the databricks component " + name);
            }
        }
    }
}
