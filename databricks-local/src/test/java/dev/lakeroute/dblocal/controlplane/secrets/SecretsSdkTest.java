package dev.lakeroute.dblocal.controlplane.secrets;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.workspace.AclItem;
import com.databricks.sdk.service.workspace.AclPermission;
import com.databricks.sdk.service.workspace.CreateScope;
import com.databricks.sdk.service.workspace.DeleteSecret;
import com.databricks.sdk.service.workspace.PutAcl;
import com.databricks.sdk.service.workspace.PutSecret;
import com.databricks.sdk.service.workspace.SecretMetadata;
import com.databricks.sdk.service.workspace.SecretScope;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private RawHttp http;
    private String scope;

    @BeforeEach
    void connect() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        http = RawHttp.bearer(local.url(), local.token());
        scope = "scope-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void scopesAreCreatedListedAndDeleted() {
        workspace.secrets().createScope(new CreateScope().setScope(scope));

        assertThat(StreamSupport.stream(workspace.secrets().listScopes().spliterator(), false).map(SecretScope::getName))
                .contains(scope);
        workspace.secrets().deleteScope(scope);
        assertThat(StreamSupport.stream(workspace.secrets().listScopes().spliterator(), false).map(SecretScope::getName))
                .doesNotContain(scope);
    }

    @Test
    void secretsArePutListedReadAndDeletedWithoutListingValues() {
        workspace.secrets().createScope(new CreateScope().setScope(scope));
        workspace.secrets().putSecret(new PutSecret().setScope(scope).setKey("db-password").setStringValue("s3cr3t"));
        byte[] binary = {0, 1, 2, (byte) 255};
        workspace.secrets().putSecret(new PutSecret().setScope(scope).setKey("blob")
                .setBytesValue(Base64.getEncoder().encodeToString(binary)));

        List<SecretMetadata> secrets = StreamSupport.stream(workspace.secrets().listSecrets(scope).spliterator(), false).toList();
        assertThat(secrets).extracting(SecretMetadata::getKey).containsExactlyInAnyOrder("db-password", "blob");
        assertThat(secrets).allSatisfy(secret -> assertThat(secret.getLastUpdatedTimestamp()).isPositive());
        assertThat(http.get("/api/2.0/secrets/list?scope=" + scope).body()).doesNotContain("s3cr3t");

        String value = workspace.secrets().getSecret(scope, "db-password").getValue();
        assertThat(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)).isEqualTo("s3cr3t");
        assertThat(Base64.getDecoder().decode(workspace.secrets().getSecret(scope, "blob").getValue())).isEqualTo(binary);

        workspace.secrets().deleteSecret(new DeleteSecret().setScope(scope).setKey("db-password"));
        assertThatThrownBy(() -> workspace.secrets().getSecret(scope, "db-password"))
                .isInstanceOf(DatabricksError.class)
                .satisfies(e -> assertThat(((DatabricksError) e).getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void duplicateScopeAnswersResourceAlreadyExists() {
        workspace.secrets().createScope(new CreateScope().setScope(scope));
        assertThatThrownBy(() -> workspace.secrets().createScope(new CreateScope().setScope(scope)))
                .isInstanceOf(DatabricksError.class)
                .satisfies(e -> assertThat(((DatabricksError) e).getErrorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS"));
    }

    @Test
    void missingScopeAnswers404AndBadNamesAnswer400() {
        RawHttp.Reply missing = http.post("/api/2.0/secrets/scopes/delete", "{\"scope\":\"no-such-scope-x\"}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");

        RawHttp.Reply badScope = http.post("/api/2.0/secrets/scopes/create", "{\"scope\":\"bad scope!\"}");
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(http.post("/api/2.0/secrets/scopes/create", "{\"scope\":\"" + "a".repeat(129) + "\"}").errorCode())
                .isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(http.post("/api/2.0/secrets/scopes/create", "{\"scope\":\"ok.user@example-1_x\"}").status()).isEqualTo(200);

        workspace.secrets().createScope(new CreateScope().setScope(scope));
        assertThat(http.post("/api/2.0/secrets/put", "{\"scope\":\"" + scope + "\",\"key\":\"bad/key\",\"string_value\":\"v\"}").errorCode())
                .isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(http.post("/api/2.0/secrets/put", "{\"scope\":\"" + scope + "\",\"key\":\"k\"}").errorCode())
                .isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(http.post("/api/2.0/secrets/put", "{\"scope\":\"" + scope + "\",\"key\":\"k\",\"string_value\":\"v\",\"bytes_value\":\"dg==\"}")
                .errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        String tooLarge = "x".repeat(128 * 1024 + 1);
        RawHttp.Reply large = http.post("/api/2.0/secrets/put", "{\"scope\":\"" + scope + "\",\"key\":\"k\",\"string_value\":\"" + tooLarge + "\"}");
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body()).doesNotContain("xxxxxxxx");
        assertThat(http.post("/api/2.0/secrets/put", "{\"scope\":\"nope-" + scope + "\",\"key\":\"k\",\"string_value\":\"v\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aclsArePutListedAndDeleted() {
        workspace.secrets().createScope(new CreateScope().setScope(scope));
        workspace.secrets().putAcl(new PutAcl().setScope(scope).setPrincipal("data-team").setPermission(AclPermission.READ));

        assertThat(workspace.secrets().getAcl(scope, "data-team").getPermission()).isEqualTo(AclPermission.READ);
        assertThat(StreamSupport.stream(workspace.secrets().listAcls(scope).spliterator(), false).map(AclItem::getPrincipal))
                .contains("data-team", "admin@databricks.local");
        assertThat(http.post("/api/2.0/secrets/acls/delete", "{\"scope\":\"" + scope + "\",\"principal\":\"data-team\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/secrets/acls/get?scope=" + scope + "&principal=data-team").status()).isEqualTo(404);
        assertThat(http.post("/api/2.0/secrets/acls/put", "{\"scope\":\"" + scope + "\",\"principal\":\"x\",\"permission\":\"OWN\"}").errorCode())
                .isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void valuesArePersistedUnderTheDataDirectory() throws Exception {
        workspace.secrets().createScope(new CreateScope().setScope(scope));
        workspace.secrets().putSecret(new PutSecret().setScope(scope).setKey("token").setStringValue("persisted-value"));
        Path values = local.server().dataDir().resolve("state").resolve("secrets.values");
        try (Stream<Path> files = Files.list(values)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).anyMatch(name -> name.startsWith(scope));
        }
    }
}
