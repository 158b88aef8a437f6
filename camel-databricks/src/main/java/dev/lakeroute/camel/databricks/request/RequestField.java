package dev.lakeroute.camel.databricks.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an option of the configuration that is a request field ({@code clusterId}, {@code jobId}, ...):
 * {@link FieldOptions} reads every field so marked, so an option declared here is sent with no other change.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RequestField {

    /** The field's name in API 2.x requests ({@code cluster_id}); API 1.2 operations use the option's own name. */
    String value();

    /** A second name the URI may use for the option ({@code lang} for {@code language}), or none. */
    String alias() default "";
}
