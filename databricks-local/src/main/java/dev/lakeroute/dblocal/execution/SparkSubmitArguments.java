package dev.lakeroute.dblocal.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code spark_submit_task}'s {@code parameters} read as spark-submit reads its command line: options,
 * then the application (a JAR or a Python file), then the application's own arguments.
 *
 * @param mainClass  {@code --class}, or null
 * @param conf       {@code --conf key=value} pairs, plus the options that are Spark conf in disguise
 * @param jars       {@code --jars} entries (comma-separated)
 * @param ignored    options that mean nothing on a single local driver (resources, deploy mode), as given
 * @param app        the application resource, or null when there is none
 * @param appArgs    the arguments after the application resource
 */
record SparkSubmitArguments(String mainClass, Map<String, String> conf, List<String> jars, List<String> ignored, String app,
                            List<String> appArgs) {

    /** spark-submit options that take a value and map onto a Spark conf key. */
    private static final Map<String, String> CONF_OPTIONS = Map.of(
            "--name", "spark.app.name",
            "--driver-memory", "spark.driver.memory",
            "--executor-memory", "spark.executor.memory",
            "--executor-cores", "spark.executor.cores",
            "--num-executors", "spark.executor.instances",
            "--driver-java-options", "spark.driver.extraJavaOptions",
            "--driver-class-path", "spark.driver.extraClassPath");

    /** Other options that take a value; accepted and reported as ignored. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--master", "--deploy-mode", "--files", "--archives", "--packages",
            "--repositories", "--exclude-packages", "--properties-file", "--driver-cores", "--total-executor-cores",
            "--driver-library-path", "--queue", "--principal", "--keytab", "--proxy-user", "--py-files");

    static SparkSubmitArguments parse(List<String> parameters) {
        String mainClass = null;
        Map<String, String> conf = new LinkedHashMap<>();
        List<String> jars = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        int i = 0;
        while (i < parameters.size()) {
            String option = parameters.get(i);
            if (!option.startsWith("--")) {
                break;
            }
            String name = option;
            String value = null;
            int eq = option.indexOf('=');
            if (eq > 0) {
                name = option.substring(0, eq);
                value = option.substring(eq + 1);
            }
            boolean takesValue = name.equals("--class") || name.equals("--conf") || name.equals("-c") || name.equals("--jars")
                    || CONF_OPTIONS.containsKey(name) || VALUE_OPTIONS.contains(name);
            if (!takesValue) {
                ignored.add(option);
                i++;
                continue;
            }
            if (value == null) {
                if (i + 1 >= parameters.size()) {
                    throw new IllegalArgumentException("spark-submit option " + name + " needs a value");
                }
                value = parameters.get(i + 1);
                i += 2;
            } else {
                i++;
            }
            switch (name) {
                case "--class" -> mainClass = value;
                case "--conf", "-c" -> {
                    int sep = value.indexOf('=');
                    if (sep <= 0) {
                        throw new IllegalArgumentException("spark-submit --conf needs key=value, was " + value);
                    }
                    conf.put(value.substring(0, sep), value.substring(sep + 1));
                }
                case "--jars" -> {
                    for (String jar : value.split(",")) {
                        if (!jar.isBlank()) {
                            jars.add(jar.trim());
                        }
                    }
                }
                default -> {
                    if (CONF_OPTIONS.containsKey(name)) {
                        conf.put(CONF_OPTIONS.get(name), value);
                    } else {
                        ignored.add(name + " " + value);
                    }
                }
            }
        }
        String app = i < parameters.size() ? parameters.get(i) : null;
        List<String> appArgs = i + 1 < parameters.size() ? List.copyOf(parameters.subList(i + 1, parameters.size())) : List.of();
        return new SparkSubmitArguments(mainClass, conf, List.copyOf(jars), List.copyOf(ignored), app, appArgs);
    }
}
