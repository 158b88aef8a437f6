package dev.lakeroute.camel.databricks.springboot;

/** Spring Boot's spelling of the component's option names in messages. */
final class StarterNames {

    private StarterNames() {
    }

    /** {@code healthCheckInterval} is {@code health-check-interval}. */
    static String kebab(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
