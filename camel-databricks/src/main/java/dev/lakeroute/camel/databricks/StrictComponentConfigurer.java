package dev.lakeroute.camel.databricks;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;

import dev.lakeroute.camel.databricks.support.OptionValues;

/**
 * The generated component configurer, with component-level values ({@code camel.component.databricks.*},
 * YAML or Spring Boot properties) read by {@link OptionValues} first: a default of {@code runTimeout=soon}
 * fails as clearly as the same option on an endpoint URI, instead of when Camel binds it.
 */
final class StrictComponentConfigurer implements GeneratedPropertyConfigurer, PropertyConfigurerGetter {

    private final PropertyConfigurer generated;
    private final OptionValues values;

    StrictComponentConfigurer(PropertyConfigurer generated, OptionValues values) {
        this.generated = generated;
        this.values = values;
    }

    PropertyConfigurer generated() {
        return generated;
    }

    @Override
    public boolean configure(CamelContext camelContext, Object target, String name, Object value, boolean ignoreCase) {
        return generated.configure(camelContext, target, name, values.convert(name, value), ignoreCase);
    }

    @Override
    public Class<?> getOptionType(String name, boolean ignoreCase) {
        return generated instanceof PropertyConfigurerGetter getter ? getter.getOptionType(name, ignoreCase) : null;
    }

    @Override
    public Object getOptionValue(Object target, String name, boolean ignoreCase) {
        return generated instanceof PropertyConfigurerGetter getter ? getter.getOptionValue(target, name, ignoreCase) : null;
    }

    @Override
    public Object getCollectionValueType(Object target, String name, boolean ignoreCase) {
        return generated instanceof PropertyConfigurerGetter getter ? getter.getCollectionValueType(target, name, ignoreCase)
                : null;
    }

    @Override
    public String[] getAutowiredNames() {
        return generated instanceof PropertyConfigurerGetter getter ? getter.getAutowiredNames() : null;
    }
}
