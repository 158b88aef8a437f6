package dev.lakeroute.camel.databricks.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Reads the bean references of the object options ({@code camel.component.databricks.worker-pool=#bean:myPool}
 * or {@code #myPool}) from the application context, as Camel's own starters do.
 * <p>
 * Generated from the component's databricks.json by StarterSourceGenerator (test sources): do not edit;
 * regenerate with {@code mvn -pl camel-databricks-starter test -Dtest=GeneratedSourcesInSyncTest -Dstarter.regenerate=true}.
 */
public class DatabricksComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public DatabricksComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        pairs.add(new ConvertiblePair(String.class, dev.lakeroute.camel.databricks.DatabricksConfiguration.class));
        pairs.add(new ConvertiblePair(String.class, org.apache.camel.spi.IdempotentRepository.class));
        pairs.add(new ConvertiblePair(String.class, java.lang.Object.class));
        pairs.add(new ConvertiblePair(String.class, dev.lakeroute.camel.databricks.auth.DatabricksEnvironment.class));
        pairs.add(new ConvertiblePair(String.class, java.util.concurrent.ExecutorService.class));
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("a " + targetType.getName() + " option of the databricks component takes a"
                                               + " bean reference, #bean:name or #name, not '" + ref + "'");
        }
        String name = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
