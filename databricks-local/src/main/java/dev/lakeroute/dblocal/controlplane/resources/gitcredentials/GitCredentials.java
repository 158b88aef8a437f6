package dev.lakeroute.dblocal.controlplane.resources.gitcredentials;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;

import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Git credentials 2.0: one credential per user. The personal access token is stored but never
 * returned, as on Databricks.
 */
public final class GitCredentials implements ResourceFamily {
    public static final String FAMILY = "git-credentials";
    private static final List<String> PROVIDERS = List.of("gitHub", "bitbucketCloud", "gitLab", "azureDevOpsServices",
            "gitHubEnterprise", "bitbucketServer", "gitLabEnterpriseEdition", "awsCodeCommit");

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "Git credential")
                .id("credential_id", IdStrategy.numeric())
                .numericId()
                .create(POST, "git-credentials")
                .get(GET, "git-credentials/{credential_id}", IdSource.path("credential_id"))
                .list(GET, "git-credentials")
                .update(PATCH, "git-credentials/{credential_id}", IdSource.path("credential_id"), UpdateMode.MERGE)
                .delete(DELETE, "git-credentials/{credential_id}", IdSource.path("credential_id"))
                .listField("credentials")
                .required("git_provider")
                .writeOnly("personal_access_token")
                .stamp(Stamp.createdBy("_owner"))
                .unique("_owner")
                .duplicateMessage((field, user) -> "Only one Git credential is supported per user, and " + user
                        + " has one already. Update it with PATCH /api/2.0/git-credentials/{credential_id}.")
                .notFound(dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle.REST_404,
                        id -> "Git credential with id " + id + " does not exist.")
                .behaviour(new CredentialRules())
                .build());
    }

    /** Providers are Databricks' fixed set (matched case-insensitively); users see only their own credential. */
    private static final class CredentialRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            if (body.hasNonNull("git_provider")) {
                String given = body.path("git_provider").asText();
                String provider = PROVIDERS.stream().filter(known -> known.equalsIgnoreCase(given)).findFirst()
                        .orElseThrow(() -> ApiException.invalidParameter("Invalid git_provider '" + given + "'; allowed are " + PROVIDERS));
                body.put("git_provider", provider);
            }
            return body;
        }

        @Override
        public boolean listed(ObjectNode credential, ApiRequest request) {
            return credential.path("_owner").asText().equalsIgnoreCase(request.principal());
        }
    }
}
