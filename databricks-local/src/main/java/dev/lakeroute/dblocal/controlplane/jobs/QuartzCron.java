package dev.lakeroute.dblocal.controlplane.jobs;

import java.util.List;
import java.util.Locale;

/**
 * Checks a cron expression against the rules of Quartz's {@code CronExpression}, which Databricks job schedules
 * use: {@code seconds minutes hours day-of-month month day-of-week [year]}, each field a list of values, ranges
 * ({@code a-b}, wrapping allowed) and increments ({@code * / n}, {@code a/n}, {@code a-b/n}); {@code ?} in exactly one
 * of day-of-month and day-of-week; {@code L}, {@code L-n}, {@code W}, {@code LW} in day-of-month; {@code L},
 * {@code nL}, {@code n#k} in day-of-week; names {@code JAN}–{@code DEC} and {@code SUN}–{@code SAT} in any case.
 * Only the syntax is checked: nothing is scheduled from it.
 */
final class QuartzCron {
    private enum Field {
        SECONDS("seconds", 0, 59, List.of()),
        MINUTES("minutes", 0, 59, List.of()),
        HOURS("hours", 0, 23, List.of()),
        DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
        MONTH("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")),
        DAY_OF_WEEK("day-of-week", 1, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")),
        YEAR("year", 1970, 2099, List.of());

        final String label;
        final int min;
        final int max;
        final List<String> names;

        Field(String label, int min, int max, List<String> names) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
        }

        boolean isDay() {
            return this == DAY_OF_MONTH || this == DAY_OF_WEEK;
        }
    }

    /** Why an expression is not valid Quartz cron. */
    static final class Invalid extends IllegalArgumentException {
        Invalid(String reason) {
            super(reason);
        }
    }

    private QuartzCron() {
    }

    /** Throws {@link Invalid} saying what is wrong when {@code expression} is not valid Quartz cron. */
    static void check(String expression) {
        // Only the letters of L and W are normalised: the rest stays as written, so messages quote the user's text.
        String[] fields = expression.trim().replace('l', 'L').replace('w', 'W').split("\\s+");
        if (expression.isBlank() || fields.length < 6 || fields.length > 7) {
            throw new Invalid("it has " + (expression.isBlank() ? 0 : fields.length)
                    + " fields; Quartz needs 6 or 7: seconds minutes hours day-of-month month day-of-week [year]");
        }
        Field[] kinds = Field.values();
        for (int i = 0; i < fields.length; i++) {
            checkField(kinds[i], fields[i]);
        }
        boolean dayOfMonthAny = fields[3].equals("?");
        boolean dayOfWeekAny = fields[5].equals("?");
        if (dayOfMonthAny && dayOfWeekAny) {
            throw new Invalid("'?' can only be given for day-of-month or day-of-week, not both");
        }
        if (!dayOfMonthAny && !dayOfWeekAny) {
            throw new Invalid("day-of-month and day-of-week are both given; one of them must be '?'");
        }
    }

    private static void checkField(Field field, String text) {
        if (text.equals("?")) {
            if (!field.isDay()) {
                throw new Invalid("'?' is allowed only in day-of-month and day-of-week, not in " + field.label);
            }
            return;
        }
        String[] items = text.split(",", -1);
        for (String item : items) {
            if (item.isEmpty()) {
                throw new Invalid(field.label + " '" + text + "' has an empty list entry");
            }
            if (item.equals("?")) {
                throw new Invalid(field.label + " '" + text + "': '?' must stand alone");
            }
            if (special(field, item)) {
                if (items.length > 1) {
                    throw new Invalid(field.label + " '" + text + "': '" + item + "' cannot be combined with other values");
                }
            } else {
                checkRange(field, item);
            }
        }
    }

    /** L, W and # forms; true when {@code item} is one of them (and valid). */
    private static boolean special(Field field, String item) {
        if (field == Field.DAY_OF_MONTH) {
            if (item.equals("L") || item.equals("LW")) {
                return true;
            }
            if (item.startsWith("L-")) {
                int offset = number(field, item, item.substring(2));
                if (offset > 30) {
                    throw new Invalid(field.label + " '" + item + "': the offset from the last day must be at most 30");
                }
                return true;
            }
            if (item.endsWith("W")) {
                value(field, item, item.substring(0, item.length() - 1));
                return true;
            }
        } else if (field == Field.DAY_OF_WEEK) {
            if (item.equals("L")) {
                return true;
            }
            if (item.endsWith("L")) {
                value(field, item, item.substring(0, item.length() - 1));
                return true;
            }
            int hash = item.indexOf('#');
            if (hash >= 0) {
                value(field, item, item.substring(0, hash));
                int nth = number(field, item, item.substring(hash + 1));
                if (nth < 1 || nth > 5) {
                    throw new Invalid(field.label + " '" + item + "': the n of '#n' must be between 1 and 5");
                }
                return true;
            }
        }
        return false;
    }

    /** {@code *}, {@code a} or {@code a-b}, optionally followed by {@code /n}. */
    private static void checkRange(Field field, String item) {
        int slash = item.indexOf('/');
        String base = slash < 0 ? item : item.substring(0, slash);
        if (slash >= 0) {
            int increment = number(field, item, item.substring(slash + 1));
            int span = field.max - field.min + 1;
            if (increment < 1 || increment > span) {
                throw new Invalid(field.label + " '" + item + "': the increment must be between 1 and " + span);
            }
        }
        if (base.equals("*")) {
            return;
        }
        int dash = base.indexOf('-');
        if (dash < 0) {
            value(field, item, base);
        } else {
            value(field, item, base.substring(0, dash));
            value(field, item, base.substring(dash + 1));
        }
    }

    /** A value of the field: a number in its range or, for months and weekdays, a name. */
    private static int value(Field field, String item, String text) {
        int index = field.names.indexOf(text.toUpperCase(Locale.ROOT));
        if (index >= 0) {
            return field.min + index;
        }
        int value = number(field, item, text);
        if (value < field.min || value > field.max) {
            throw new Invalid(field.label + " '" + item + "': " + value + " is not between " + field.min + " and " + field.max);
        }
        return value;
    }

    private static int number(Field field, String item, String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            String allowed = field.names.isEmpty() ? "a number" : "a number or one of " + String.join(", ", field.names);
            throw new Invalid(field.label + " '" + item + "': '" + text + "' is not " + allowed);
        }
        return Integer.parseInt(text);
    }
}
