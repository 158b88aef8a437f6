package dev.lakeroute.camel.databricks.step;

import java.util.Set;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.support.OptionValues;

/**
 * One endpoint's options as the checks at its creation see them: the configuration (component defaults with
 * the URI's options applied), the operation, and which options the URI itself set.
 */
public record OptionCheck(DatabricksConfiguration config, Operation operation, Set<String> uriOptions) {

    public OptionCheck {
        uriOptions = Set.copyOf(uriOptions);
    }

    /**
     * Refuses an option the operation does not use when the endpoint's URI sets it; a component-wide default
     * (commandTimeout for every command endpoint, say) is simply ignored by the operations without a use for it.
     *
     * @param given true when the option has a value other than its default
     * @param users the operations that use it, for the message
     */
    public void onlyFor(String option, boolean given, String users) {
        if (given && uriOptions.contains(option)) {
            throw new DatabricksConfigurationException(option, "is not used by this operation", "only with " + users);
        }
    }

    /*
     * Values written as text were checked when they were read (OptionValues, quoting the text); these checks
     * catch values set from Java.
     */
    public static void positive(String option, long millis) {
        if (millis <= 0) {
            throw new DatabricksConfigurationException(option, "is " + millis + " ms", OptionValues.durationAllowed(true));
        }
    }

    public static void notNegative(String option, long millis) {
        if (millis < 0) {
            throw new DatabricksConfigurationException(option, "is " + millis + " ms", OptionValues.durationAllowed(false));
        }
    }
}
