package dev.lakeroute.camel.databricks;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.DatabricksException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every wrong input fails before any HTTP call with a message that names the option (or field) at
 * fault and what would be accepted. No server: the host is a closed loopback port.
 */
class BadInputTest extends CamelTestSupport {

    private static final String OK = "host=http://127.0.0.1:9&token=dapi-bad-input";

    @TempDir
    static Path home;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.isolated(home));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").recipientList(header("target"));
            }
        };
    }

    static Stream<Arguments> badEndpoints() {
        return Stream.of(
                arguments("unknown operation", "clusters/gett?" + OK, "operation", "clusters/get"),
                arguments("operation the Databricks SDK dropped", "bundle/operations/create?" + OK, "operation",
                        "raw?httpMethod=POST&path=/api/2.0/bundle/{parent}/operations"),
                arguments("unknown option", "clusters/get?clusterIdd=1&" + OK, "clusterIdd", "closest: clusterId"),
                arguments("host without credentials", "clusters/list?host=h.example.com", "token", "no credentials"),
                arguments("no host at all", "clusters/list?token=dapi-x", "host", "DATABRICKS_HOST"),
                arguments("malformed host", "clusters/list?host=https://exa%20mple.com&token=dapi-x", "host", "https://<host>"),
                arguments("host with a path", "clusters/list?host=https://h.example.com/api&token=dapi-x", "host", "no path"),
                arguments("unsupported scheme", "clusters/list?host=ftp://h.example.com&token=dapi-x", "host", "https://<host>"),
                arguments("plain http to a remote host", "clusters/list?host=http://h.example.com&token=dapi-x",
                        "allowInsecureHttp", "allowInsecureHttp=true"),
                arguments("negative connect timeout", "clusters/list?connectTimeout=-1&" + OK, "connectTimeout", "positive duration"),
                arguments("zero request timeout", "clusters/list?requestTimeout=0&" + OK, "requestTimeout", "positive duration"),
                arguments("negative retry timeout", "clusters/list?retryTimeout=-5&" + OK, "retryTimeout", ">= 0"),
                arguments("negative max retries", "clusters/list?maxRetries=-1&" + OK, "maxRetries", "from 0"),
                arguments("max delay below initial delay", "clusters/list?initialRetryDelay=5000&maxRetryDelay=100&" + OK,
                        "maxRetryDelay", ">= initialRetryDelay"),
                arguments("negative rate limit", "clusters/list?rateLimit=-2&" + OK, "rateLimit", "requests per second"),
                arguments("bad apiVersion for clusters", "clusters/get?apiVersion=3.0&" + OK, "apiVersion", "2.1, 2.0"),
                arguments("apiVersion an operation has not", "dbfs/list?apiVersion=2.1&" + OK, "apiVersion", "2.0"),
                arguments("raw without httpMethod", "raw?path=/api/2.0/x&" + OK, "httpMethod", "GET"),
                arguments("raw with unknown method", "raw?httpMethod=FETCH&path=/api/2.0/x&" + OK, "httpMethod", "PATCH"),
                arguments("raw without path", "raw?httpMethod=GET&" + OK, "path", "absolute request path"),
                arguments("raw with relative path", "raw?httpMethod=GET&path=api/2.0/x&" + OK, "path", "absolute request path"),
                arguments("raw with apiVersion", "raw?httpMethod=GET&path=/api/2.0/x&apiVersion=2.0&" + OK, "apiVersion",
                        "version inside path"),
                arguments("raw with a field option", "raw?httpMethod=GET&path=/api/2.0/x&clusterId=c&" + OK, "clusterId",
                        "param.cluster_id"),
                arguments("httpMethod on a catalogued operation", "clusters/get?httpMethod=POST&" + OK, "httpMethod", "always GET"),
                arguments("field option the operation has not", "token/list?clusterId=c&" + OK, "clusterId", "param.<field>"),
                arguments("formEncoding on a 2.x operation", "clusters/create?formEncoding=true&" + OK, "formEncoding",
                        "API 1.2"),
                arguments("unknown language", "contexts/create?language=java&clusterId=c&" + OK, "language",
                        "scala, python, sql or r"),
                arguments("outputClass not on the classpath", "clusters/list?outputClass=com.nope.Missing&" + OK, "outputClass",
                        "fully qualified class name"),
                arguments("streamList with String output", "clusters/list?streamList=true&outputClass=String&" + OK,
                        "outputClass", "Map, JsonNode"),
                arguments("account operation without accountId", "accounts/budget-policies/list?" + OK, "accountId",
                        "DATABRICKS_ACCOUNT_ID"),
                arguments("profile without a config file", "clusters/list?profile=DEV", "profile", "DATABRICKS_CONFIG_FILE"),
                arguments("clientId without clientSecret", "clusters/list?host=h.example.com&clientId=sp", "clientSecret",
                        "both clientId and clientSecret"),
                arguments("username without password", "clusters/list?host=h.example.com&username=u", "password",
                        "both username and password"),
                arguments("trust store that does not exist", "clusters/list?trustStore=/nope/ts.p12&" + OK, "trustStore",
                        "PKCS12 or JKS"),
                arguments("malformed accounts host", "clusters/list?accountsHost=ftp://a&" + OK, "accountsHost", "https://<host>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEndpoints")
    void endpointCreationFailsNamingTheOptionAndWhatIsAllowed(String description, String uri, String option, String allowed) {
        assertThatThrownBy(() -> context.getEndpoint("databricks:" + uri))
                .hasMessageContaining("Invalid option " + option)
                .hasMessageContaining("allowed:")
                .hasMessageContaining(allowed)
                .hasMessageNotContaining("dapi-bad-input")
                .rootCause().isInstanceOf(DatabricksException.class);
    }

    /** Values Camel would read loosely (abc as 0, -5s as 0 ms) or fail on without naming the option. */
    static Stream<Arguments> unreadableValues() {
        return Stream.of(
                arguments("id that is not a number", "jobs/get?jobId=abc&" + OK, "jobId", "abc", "a whole number"),
                arguments("id with a fraction", "jobs/get?jobId=12.5&" + OK, "jobId", "12.5", "a whole number"),
                arguments("retries that are not a number", "clusters/list?maxRetries=abc&" + OK, "maxRetries", "abc",
                        "a whole number"),
                arguments("int option beyond int", "clusters/list?maxRetries=99999999999&" + OK, "maxRetries", "99999999999",
                        "a whole number"),
                arguments("rate that is not a number", "clusters/list?rateLimit=fast&" + OK, "rateLimit", "fast", "a number"),
                arguments("rate with a type suffix Java would take", "clusters/list?rateLimit=2d&" + OK, "rateLimit", "2d",
                        "a number"),
                arguments("duration that is a word", "jobs/run-now?jobId=1&runTimeout=soon&" + OK, "runTimeout", "soon",
                        "30s, 5m, PT1H, or milliseconds"),
                arguments("duration in words", "jobs/run-now?jobId=1&runTimeout=5%20minutes&" + OK, "runTimeout", "5 minutes",
                        "30s, 5m, PT1H, or milliseconds"),
                arguments("duration with units in the wrong order", "clusters/list?retryTimeout=30s5m&" + OK, "retryTimeout",
                        "30s5m", "30s, 5m, PT1H, or milliseconds"),
                arguments("negative duration with a unit", "clusters/list?pollInterval=-5s&" + OK, "pollInterval", "-5s",
                        "a positive duration"),
                arguments("negative ISO duration", "clusters/list?waitTimeout=-PT1M&" + OK, "waitTimeout", "-PT1M",
                        "a duration >= 0"),
                arguments("boolean that is not true or false", "clusters/list?paginate=yes&" + OK, "paginate", "yes",
                        "true or false"),
                arguments("empty boolean", "clusters/list?streamList=&" + OK, "streamList", "", "true or false"),
                arguments("enum value not listed", "command?clusterId=c&lang=scala&contextPolicy=always&" + OK,
                        "contextPolicy", "always", "shared, perExchange, header"),
                arguments("wait state not listed", "clusters/create?waitForState=UP&" + OK, "waitForState", "UP",
                        "RUNNING, TERMINATED, INSTALLED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableValues")
    void optionValuesAreReadStrictlyAndABadOneIsQuoted(String description, String uri, String option, String value,
                                                        String allowed) {
        assertThatThrownBy(() -> context.getEndpoint("databricks:" + uri))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageStartingWith("Invalid option " + option + ": '" + value + "' ")
                .hasMessageContaining("allowed: ")
                .hasMessageContaining(allowed)
                .hasMessageNotContaining("dapi-bad-input");
    }

    @Test
    void everyDocumentedDurationFormIsAccepted() {
        Map<String, Long> forms = Map.of("30s", 30_000L, "5m", 300_000L, "1h30m", 5_400_000L, "PT1H", 3_600_000L,
                "pt2m", 120_000L, "1500", 1_500L, "250ms", 250L, "1d", 86_400_000L, "1m30s", 90_000L, "0", 0L);
        forms.forEach((text, millis) -> {
            DatabricksEndpoint endpoint = context.getEndpoint("databricks:jobs/run-now?jobId=7&runTimeout=" + text + "&" + OK,
                    DatabricksEndpoint.class);
            assertThat(endpoint.getConfiguration().getRunTimeout()).as(text).isEqualTo(millis);
            assertThat(endpoint.getConfiguration().getJobId()).isEqualTo(7L);
        });
        DatabricksEndpoint flags = context.getEndpoint("databricks:clusters/list?paginate=TRUE&streamList=false&rateLimit=2.5&"
                                                       + "maxRetries=0&" + OK, DatabricksEndpoint.class);
        assertThat(flags.getConfiguration().isPaginate()).isTrue();
        assertThat(flags.getConfiguration().getRateLimit()).isEqualTo(2.5);
        assertThat(flags.getConfiguration().getMaxRetries()).isZero();
        DatabricksEndpoint raw = context.getEndpoint("databricks:raw?httpMethod=get&path=/api/2.0/clusters/list&" + OK,
                DatabricksEndpoint.class);
        assertThat(raw.getConfiguration().getHttpMethod()).as("enum values are matched ignoring case").isEqualTo("GET");
    }

    /** camel-main binds camel.component.databricks.* through the component's property configurer, as here. */
    @Test
    void componentLevelValuesAreReadAsStrictlyAsUriOptions() {
        DatabricksComponent component = context.getComponent("databricks", DatabricksComponent.class);
        assertThatThrownBy(() -> org.apache.camel.support.PropertyBindingSupport.build()
                .withConfigurer(component.getComponentPropertyConfigurer())
                .bind(context, component, new java.util.HashMap<>(Map.of("runTimeout", "soon"))))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessage("Invalid option runTimeout: 'soon' is not a duration; allowed: 30s, 5m, PT1H, or milliseconds");
        assertThatThrownBy(() -> org.apache.camel.support.PropertyBindingSupport.build()
                .withConfigurer(component.getComponentPropertyConfigurer())
                .bind(context, component, new java.util.HashMap<>(Map.of("jobId", "12.5"))))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("jobId: '12.5' is not a whole number");
        assertThatThrownBy(() -> org.apache.camel.support.PropertyBindingSupport.build().withIgnoreCase(true)
                .withConfigurer(component.getComponentPropertyConfigurer())
                .bind(context, component, new java.util.HashMap<>(Map.of("rate-limit", "fast"))))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("rateLimit: 'fast' is not a number");
        org.apache.camel.support.PropertyBindingSupport.build().withConfigurer(component.getComponentPropertyConfigurer())
                .bind(context, component, new java.util.HashMap<>(Map.of("waitTimeout", "1h30m", "maxRetries", "5")));
        assertThat(component.getConfiguration().getWaitTimeout()).isEqualTo(5_400_000L);
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
    }

    static Stream<Arguments> badMessages() {
        return Stream.of(
                arguments("missing required path parameter", "unity-catalog/catalogs/get", null, Map.of(),
                        "path parameter name is missing", "the option name"),
                arguments("body of wrong type", "clusters/get", 42, Map.of(), "message body has type java.lang.Integer",
                        "a Map, a JSON object String"),
                arguments("invalid JSON string", "clusters/get", "{not json", Map.of(), "message body is a String but not valid JSON",
                        "a Map, a JSON object String"),
                arguments("JSON array string", "clusters/create", "[1,2]", Map.of(), "not an object", "a Map"),
                arguments("list body", "clusters/create", java.util.List.of(1), Map.of(), "message body has type", "a Map"),
                arguments("unknown operation header", "clusters/list", null,
                        Map.of(DatabricksConstants.OPERATION, "clusters/lisst"), "unknown operation 'clusters/lisst'",
                        "clusters/list"),
                arguments("path parameter that climbs out", "ip-access-lists/get", Map.of("ip_access_list_id", "../x"), Map.of(),
                        "contains a '..' segment", "without . or .."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void messagesThatCannotBecomeARequestFailBeforeAnyCall(String description, String operation, Object body,
                                                           Map<String, Object> headers, String problem, String allowed) {
        Exchange result = template.request("direct:call", e -> {
            e.getMessage().setBody(body);
            e.getMessage().getHeaders().putAll(headers);
            e.getMessage().setHeader("target", "databricks:" + operation + "?" + OK);
        });
        assertThat(result.getException()).isInstanceOf(DatabricksException.class)
                .hasMessageContaining(problem).hasMessageContaining("allowed:").hasMessageContaining(allowed)
                .hasMessageNotContaining("dapi-bad-input");
        assertThat(result.getMessage().getHeader(DatabricksConstants.HTTP_STATUS)).isNull();
    }
}
