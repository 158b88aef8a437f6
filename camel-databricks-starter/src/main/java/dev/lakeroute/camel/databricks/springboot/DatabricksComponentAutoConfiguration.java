package dev.lakeroute.camel.databricks.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the databricks component from {@code camel.component.databricks.*}, as Apache Camel's own starters do
 * their components: a {@link ComponentCustomizer} that Camel applies to each databricks component it creates,
 * switched off with {@code camel.component.databricks.enabled=false} (or {@code camel.component.enabled=false}),
 * its customizer with {@code camel.component.databricks.customizer.enabled=false}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, DatabricksComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.databricks"})
public class DatabricksComponentAutoConfiguration {

    /** Reads bean references ({@code #bean:name}) of the object options while the properties are bound. */
    @Bean
    @ConfigurationPropertiesBinding
    static DatabricksComponentConverter databricksComponentConverter(ApplicationContext applicationContext) {
        return new DatabricksComponentConverter(applicationContext);
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureDatabricksComponent(ApplicationContext applicationContext,
                                                            DatabricksComponentConfiguration configuration) {
        return new DatabricksComponentCustomizer(configuration, () -> HierarchicalPropertiesEvaluator.evaluate(
                applicationContext, "camel.component.customizer", "camel.component.databricks.customizer"));
    }
}
