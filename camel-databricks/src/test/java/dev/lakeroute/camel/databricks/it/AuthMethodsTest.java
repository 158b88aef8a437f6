package dev.lakeroute.camel.databricks.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.error.DatabricksException;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way of authenticating reaches databricks-local; the component itself carries no credentials here. */
class AuthMethodsTest extends DatabricksLocalTestSupport {

    private static final String SP_ID = "local-test-sp";
    private static final String SP_SECRET = "local-test-sp-secret";

    private final Path home = emptyHome();

    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.getComponent("databricks", dev.lakeroute.camel.databricks.DatabricksComponent.class).getConfiguration()
                .setToken(null);
        context.getComponent("databricks", dev.lakeroute.camel.databricks.DatabricksComponent.class).getConfiguration()
                .setHost(null);
        return context;
    }

    private void environment(Map<String, String> variables) {
        Map<String, String> all = new java.util.HashMap<>(variables);
        all.put("HOME", home.toString());
        component().setEnvironment(DatabricksEnvironment.of(all));
    }

    private void assertListsTokens(String uri) {
        Exchange exchange = exchange(uri, null);
        assertThat(exchange.getException()).as(uri).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("token_infos");
        assertThat(exchange.getMessage().getHeader("CamelDatabricksHttpStatus")).isEqualTo(200);
    }

    @Test
    void bearerToken() {
        environment(Map.of());
        assertListsTokens("databricks:token/list?host=" + LOCAL.url() + "&token=RAW(" + LOCAL.token() + ")");
    }

    @Test
    void basicUserAndToken() {
        environment(Map.of());
        assertListsTokens("databricks:token/list?host=" + LOCAL.url() + "&username=token&password=RAW(" + LOCAL.token() + ")");
    }

    @Test
    void oauthMachineToMachineAgainstTheServersTokenEndpoint() {
        environment(Map.of());
        String uri = "databricks:token/list?host=" + LOCAL.url() + "&clientId=" + SP_ID + "&clientSecret=RAW(" + SP_SECRET + ")";
        assertListsTokens(uri);
        assertListsTokens(uri);
    }

    @Test
    void oauthWithAWrongSecretFailsAsUnauthenticated() {
        environment(Map.of());
        DatabricksException e = failure("databricks:token/list?host=" + LOCAL.url() + "&clientId=" + SP_ID
                                        + "&clientSecret=RAW(wrong-secret)", null);
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getMessage()).doesNotContain("wrong-secret");
    }

    @Test
    void profileFromAConfigFile() throws Exception {
        Path cfg = home.resolve("custom.databrickscfg");
        Files.writeString(cfg, "[LOCAL]\nhost = " + LOCAL.url() + "\ntoken = " + LOCAL.token() + "\n");
        environment(Map.of("DATABRICKS_CONFIG_FILE", cfg.toString()));
        assertListsTokens("databricks:token/list?profile=LOCAL");
    }

    @Test
    void profileWithServicePrincipal() throws Exception {
        Files.writeString(home.resolve(".databrickscfg"),
                "[SP]\nhost = " + LOCAL.url() + "\nclient_id = " + SP_ID + "\nclient_secret = " + SP_SECRET + "\n");
        environment(Map.of());
        assertListsTokens("databricks:token/list?profile=SP");
    }

    @Test
    void environmentThroughTheSeam() {
        environment(Map.of("DATABRICKS_HOST", LOCAL.url(), "DATABRICKS_TOKEN", LOCAL.token()));
        assertListsTokens("databricks:token/list");
    }

    @Test
    void environmentServicePrincipal() {
        environment(Map.of("DATABRICKS_HOST", LOCAL.url(), "DATABRICKS_CLIENT_ID", SP_ID, "DATABRICKS_CLIENT_SECRET", SP_SECRET));
        assertListsTokens("databricks:token/list");
    }

    @Test
    void netrcEntryForTheHost() throws Exception {
        Files.writeString(home.resolve(".netrc"), "machine 127.0.0.1 login token password " + LOCAL.token() + "\n");
        environment(Map.of());
        assertListsTokens("databricks:token/list?host=" + LOCAL.url());
    }

    @Test
    void wrongTokenIsUnauthenticatedAndNotRetried() {
        environment(Map.of());
        DatabricksException e = failure("databricks:token/list?host=" + LOCAL.url() + "&token=RAW(dapi-wrong-token)", null);
        assertThat(e.getHttpStatus()).isIn(401, 403);
        assertThat(e.getMessage()).doesNotContain("dapi-wrong-token");
    }
}
