package dev.lakeroute.camel.databricks.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One setting looked up the way the credential chain reads sources: the endpoint option, the named profile's
 * key, the environment variables, then the {@code DEFAULT} profile's key (read only when no profile is named).
 */
final class ChainSettings {

    private final DatabricksEnvironment environment;
    private final List<Map<String, String>> profilesBeforeEnvironment;
    private final List<Map<String, String>> profilesAfterEnvironment;

    ChainSettings(DatabricksEnvironment environment, List<Map<String, String>> profilesBeforeEnvironment,
                  List<Map<String, String>> profilesAfterEnvironment) {
        this.environment = environment;
        this.profilesBeforeEnvironment = profilesBeforeEnvironment;
        this.profilesAfterEnvironment = profilesAfterEnvironment;
    }

    Optional<String> get(String option, String profileKey, String... variables) {
        if (option != null && !option.isBlank()) {
            return Optional.of(option.trim());
        }
        Optional<String> fromProfile = fromProfiles(profilesBeforeEnvironment, profileKey);
        if (fromProfile.isPresent()) {
            return fromProfile;
        }
        for (String variable : variables) {
            Optional<String> value = environment.lookup(variable);
            if (value.isPresent()) {
                return value;
            }
        }
        return fromProfiles(profilesAfterEnvironment, profileKey);
    }

    boolean flag(boolean option, String profileKey, String variable) {
        return option || get(null, profileKey, variable).map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
    }

    DatabricksEnvironment environment() {
        return environment;
    }

    private static Optional<String> fromProfiles(List<Map<String, String>> profiles, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return profiles.stream().map(p -> p.get(key)).filter(v -> v != null && !v.isBlank()).map(String::trim).findFirst();
    }
}
