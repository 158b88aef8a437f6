package dev.lakeroute.camel.databricks.support;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.spi.UriParam;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

/**
 * Reads option values written as text (URI parameters, {@code camel.component.databricks.*} properties)
 * strictly, by the type each {@code @UriParam} field of a configuration class declares: whole numbers,
 * decimals, booleans, durations ({@code long} fields with {@code javaType = "java.time.Duration"}) and
 * enumerations ({@code enums = "..."}). Camel's own conversion is lenient where a mistake is costly: a
 * duration of {@code abc} or {@code -5s} becomes 0 ms, {@code soon} fails with a bare
 * StringIndexOutOfBoundsException. Here a value that cannot be read fails with the option, the value as
 * written and what is allowed, and the typed value is handed to Camel's binding, which then has nothing
 * left to guess.
 */
public final class OptionValues {

    public static final String DURATION_FORMS = "30s, 5m, PT1H, or milliseconds";

    /** Camel's unit syntax, in its order: days, hours, minutes, seconds, milliseconds (1h30m, 500ms). */
    private static final Pattern UNITS = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private enum Kind { WHOLE, DECIMAL, BOOLEAN, DURATION, CHOICE }

    private record Option(String name, Kind kind, Class<?> type, List<String> choices, boolean positive) {
    }

    /** By lower-case name: Camel matches option names ignoring case and dashes too. */
    private final Map<String, Option> options;

    private OptionValues(Map<String, Option> options) {
        this.options = Map.copyOf(options);
    }

    /**
     * @param positiveDurations the duration options for which 0 is not allowed either (timeouts of a
     *                          connection, poll intervals); every other duration may be 0 but not negative
     */
    public static OptionValues of(Class<?> configuration, Set<String> positiveDurations) {
        Map<String, Option> options = new HashMap<>();
        for (Field field : configuration.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            if (param == null || !param.prefix().isEmpty()) {
                continue;
            }
            String name = param.name().isEmpty() ? field.getName() : param.name();
            Option option = option(name, field.getType(), param, positiveDurations.contains(name));
            if (option != null) {
                options.put(name.toLowerCase(Locale.ROOT), option);
            }
        }
        return new OptionValues(options);
    }

    private static Option option(String name, Class<?> type, UriParam param, boolean positive) {
        if ("java.time.Duration".equals(param.javaType()) || type == Duration.class) {
            return new Option(name, Kind.DURATION, type, List.of(), positive);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return new Option(name, Kind.WHOLE, type, List.of(), false);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return new Option(name, Kind.DECIMAL, type, List.of(), false);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Option(name, Kind.BOOLEAN, type, List.of(), false);
        }
        if (type == String.class && !param.enums().isEmpty()) {
            return new Option(name, Kind.CHOICE, type, Arrays.stream(param.enums().split(",")).map(String::trim).toList(), false);
        }
        return null;
    }

    /** Replaces, in place, the text of every typed option in {@code parameters} by its typed value. */
    public void convert(Map<String, Object> parameters) {
        parameters.replaceAll(this::convert);
    }

    /**
     * The typed value of one option: Integer, Long, Double, Boolean, Duration or the enumeration's own
     * spelling. Values that are not text (set from Java), bean references ({@code #name}) and options
     * without a declared type are returned as they are.
     */
    public Object convert(String name, Object value) {
        // Properties files spell options in kebab case too (camel.component.databricks.rate-limit).
        Option option = name == null ? null : options.get(name.replace("-", "").toLowerCase(Locale.ROOT));
        if (option == null || !(value instanceof String text) || text.startsWith("#")) {
            return value;
        }
        return switch (option.kind()) {
            case WHOLE -> whole(option, text.trim());
            case DECIMAL -> decimal(option, text.trim());
            case BOOLEAN -> bool(option, text.trim());
            case DURATION -> duration(option, text.trim());
            case CHOICE -> choice(option, text.trim());
        };
    }

    /** What a duration option allows, for messages about values set from Java as well. */
    public static String durationAllowed(boolean positive) {
        return (positive ? "a positive duration: " : "a duration >= 0: ") + DURATION_FORMS;
    }

    private static Object whole(Option option, String text) {
        if (!WHOLE.matcher(text).matches()) {
            throw bad(option, text, "is not a whole number", "a whole number, e.g. 42");
        }
        boolean isInt = option.type() == int.class || option.type() == Integer.class;
        try {
            return isInt ? (Object) Integer.parseInt(text) : (Object) Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw bad(option, text, "is out of range", "a whole number from " + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE)
                    + " to " + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    private static Object decimal(Option option, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw bad(option, text, "is not a number", "a number, e.g. 2.5");
        }
        double value = Double.parseDouble(text);
        return option.type() == float.class || option.type() == Float.class ? (Object) (float) value : (Object) value;
    }

    private static Boolean bool(Option option, String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
        throw bad(option, text, "is not a boolean", "true or false");
    }

    /** The enumeration's own spelling of the value, matched ignoring case and underscores (PER_EXCHANGE is perExchange). */
    private static String choice(Option option, String text) {
        String wanted = text.replace("_", "");
        for (String choice : option.choices()) {
            if (choice.replace("_", "").equalsIgnoreCase(wanted)) {
                return choice;
            }
        }
        throw bad(option, text, "is not one of the values", String.join(", ", option.choices()));
    }

    private static Duration duration(Option option, String text) {
        Duration value;
        try {
            value = readDuration(text);
        } catch (ArithmeticException | NumberFormatException e) {
            // More milliseconds than a long holds.
            throw bad(option, text, "is too long", durationAllowed(option.positive()));
        }
        if (value == null) {
            throw bad(option, text, "is not a duration", DURATION_FORMS);
        }
        if (value.isNegative()) {
            throw bad(option, text, "is negative", durationAllowed(option.positive()));
        }
        if (value.isZero() && option.positive()) {
            throw bad(option, text, "is not positive", durationAllowed(true));
        }
        return value;
    }

    /** Milliseconds, an ISO-8601 duration (PT1H) or Camel's units (30s, 5m, 1h30m, 500ms); a leading - negates. Null when none. */
    private static Duration readDuration(String text) {
        boolean negative = text.startsWith("-");
        String unsigned = negative || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.isEmpty()) {
            return null;
        }
        Duration value;
        if (unsigned.charAt(0) == 'P' || unsigned.charAt(0) == 'p') {
            try {
                value = Duration.parse(unsigned);
            } catch (DateTimeParseException e) {
                return null;
            }
        } else if (unsigned.chars().allMatch(Character::isDigit)) {
            value = Duration.ofMillis(Long.parseLong(unsigned));
        } else {
            value = units(unsigned);
        }
        return value == null || !negative ? value : value.negated();
    }

    private static Duration units(String text) {
        Matcher m = UNITS.matcher(text);
        if (!m.matches()) {
            return null;
        }
        long[] millisPerUnit = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        long total = 0;
        for (int i = 0; i < millisPerUnit.length; i++) {
            if (m.group(i + 1) != null) {
                total = Math.addExact(total, Math.multiplyExact(Long.parseLong(m.group(i + 1)), millisPerUnit[i]));
            }
        }
        return Duration.ofMillis(total);
    }

    private static DatabricksConfigurationException bad(Option option, String text, String problem, String allowed) {
        return new DatabricksConfigurationException(option.name(), "'" + text + "' " + problem, allowed);
    }
}
