package dev.lakeroute.dblocal.controlplane.repos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.dbfs.SafePaths;
import dev.lakeroute.dblocal.controlplane.workspace.ObjectType;
import dev.lakeroute.dblocal.controlplane.workspace.WorkspaceFiles;
import dev.lakeroute.dblocal.controlplane.workspace.WorkspaceObject;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Repos API 2.0 as a persistent store without git: a repo is a record (url, provider, branch, a
 * head commit derived from url and ref) plus its folder in the workspace tree, listed there with
 * {@code object_type} REPO and the repo's id as {@code object_id}.
 */
public final class ReposApi implements ApiFamily {
    /** Databricks pages repos by twenty. */
    static final int PAGE_SIZE = 20;
    private static final Map<String, String> PROVIDERS = Map.of(
            "github", "gitHub", "bitbucketcloud", "bitbucketCloud", "gitlab", "gitLab",
            "azuredevopsservices", "azureDevOpsServices", "githubenterprise", "gitHubEnterprise",
            "bitbucketserver", "bitbucketServer", "gitlabenterpriseedition", "gitLabEnterpriseEdition",
            "awscodecommit", "awsCodeCommit");

    private final DocumentCollection repos;
    private final WorkspaceFiles workspace;

    public ReposApi(ServerContext context) {
        this.repos = context.store().collection("repos");
        this.workspace = new WorkspaceFiles(context.store(), context.clock());
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/2.0/repos", this::create);
        routes.get("/api/2.0/repos", this::list);
        routes.get("/api/2.0/repos/{repo_id}", request -> require(request));
        routes.patch("/api/2.0/repos/{repo_id}", this::update);
        routes.delete("/api/2.0/repos/{repo_id}", this::delete);
    }

    private Object create(ApiRequest request) {
        String url = request.requireString("url").trim();
        String provider = provider(request.string("provider").orElse(""), url);
        String path = WorkspaceFiles.canonical(request.string("path").filter(value -> !value.isBlank())
                .orElse("/Repos/" + request.principal() + "/" + repoName(url)));
        List<String> segments = SafePaths.segments(path);
        boolean legacy = segments.size() == 3 && segments.get(0).equals("Repos");
        boolean gitFolder = segments.size() >= 3 && segments.get(0).equals("Users");
        if (!legacy && !gitFolder) {
            throw ApiException.invalidParameter("Invalid repo path " + path + ": use /Repos/<folder>/<repo-name> or a folder under /Users/<user>/.");
        }
        long id = Ids.numeric();
        ObjectNode repo = Json.object()
                .put("id", id)
                .put("path", path)
                .put("url", url)
                .put("provider", provider)
                .put("branch", "main")
                .put("head_commit_id", commitOf(url, "branch:main"));
        request.field("sparse_checkout").filter(JsonNode::isObject).ifPresent(sparse -> repo.set("sparse_checkout", sparse));
        workspace.createFolder(path, ObjectType.REPO, id);
        repos.put(Long.toString(id), repo);
        return repo;
    }

    private ObjectNode require(ApiRequest request) {
        String raw = request.pathParam("repo_id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("Invalid repo_id " + raw + ": expected a number.");
        }
        ObjectNode repo = repos.get(Long.toString(id)).orElseThrow(() -> notFound(id));
        if (!stillInWorkspace(repo)) {
            repos.remove(Long.toString(id));
            throw notFound(id);
        }
        return repo;
    }

    /** A repo whose folder was deleted through the workspace API is gone, as in Databricks. */
    private boolean stillInWorkspace(ObjectNode repo) {
        Optional<WorkspaceObject> folder = workspace.status(repo.path("path").asText());
        return folder.isPresent() && folder.get().type() == ObjectType.REPO && folder.get().objectId() == repo.path("id").asLong();
    }

    private Object list(ApiRequest request) {
        String prefix = request.string("path_prefix").filter(value -> !value.isBlank()).map(WorkspaceFiles::canonical).orElse("");
        String after = request.string("next_page_token").filter(value -> !value.isBlank()).map(ReposApi::pathAfter).orElse(null);
        List<ObjectNode> matching = repos.list().stream()
                .filter(this::stillInWorkspace)
                .filter(repo -> repo.path("path").asText().startsWith(prefix))
                .filter(repo -> after == null || repo.path("path").asText().compareTo(after) > 0)
                .sorted(java.util.Comparator.comparing(repo -> repo.path("path").asText()))
                .toList();
        ArrayNode page = Json.array();
        matching.stream().limit(PAGE_SIZE).forEach(page::add);
        ObjectNode reply = Json.object();
        if (!page.isEmpty()) {
            reply.set("repos", page);
        }
        if (matching.size() > PAGE_SIZE) {
            String last = page.get(page.size() - 1).path("path").asText();
            reply.put("next_page_token", Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + last).getBytes(StandardCharsets.UTF_8)));
        }
        return reply;
    }

    private Object update(ApiRequest request) {
        ObjectNode repo = require(request);
        Optional<String> branch = request.string("branch").filter(value -> !value.isBlank());
        Optional<String> tag = request.string("tag").filter(value -> !value.isBlank());
        if (branch.isPresent() && tag.isPresent()) {
            throw ApiException.invalidParameter("Give either branch or tag, not both.");
        }
        String url = repo.path("url").asText();
        repos.update(repo.path("id").asText(), current -> {
            branch.ifPresent(name -> current.put("branch", name).put("head_commit_id", commitOf(url, "branch:" + name)));
            tag.ifPresent(name -> {
                // Checking out a tag detaches HEAD: Databricks then reports no branch.
                current.remove("branch");
                current.put("head_commit_id", commitOf(url, "tag:" + name));
            });
            request.field("sparse_checkout").filter(JsonNode::isObject).ifPresent(sparse -> current.set("sparse_checkout", sparse));
            return current;
        });
        return Json.object();
    }

    private Object delete(ApiRequest request) {
        ObjectNode repo = require(request);
        String path = repo.path("path").asText();
        if (workspace.status(path).isPresent()) {
            workspace.delete(path, true);
        }
        repos.remove(repo.path("id").asText());
        return Json.object();
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Repo " + id + " does not exist.");
    }

    private static String provider(String given, String url) {
        if (!given.isBlank()) {
            String canonical = PROVIDERS.get(given.trim().toLowerCase(Locale.ROOT));
            if (canonical == null) {
                throw ApiException.invalidParameter("Unknown provider " + given + "; expected one of " + String.join(", ", PROVIDERS.values()) + ".");
            }
            return canonical;
        }
        String host = url.toLowerCase(Locale.ROOT);
        if (host.contains("github.com")) {
            return "gitHub";
        }
        if (host.contains("gitlab.com")) {
            return "gitLab";
        }
        if (host.contains("bitbucket.org")) {
            return "bitbucketCloud";
        }
        if (host.contains("dev.azure.com") || host.contains("visualstudio.com")) {
            return "azureDevOpsServices";
        }
        if (host.contains("git-codecommit.")) {
            return "awsCodeCommit";
        }
        throw ApiException.invalidParameter("provider is required: the git provider of " + url + " cannot be inferred.");
    }

    private static String repoName(String url) {
        String trimmed = url.replaceAll("/+$", "");
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        name = name.endsWith(".git") ? name.substring(0, name.length() - 4) : name;
        if (name.isBlank() || name.contains(":")) {
            throw ApiException.invalidParameter("Cannot derive a repo name from " + url + "; give a path.");
        }
        return name;
    }

    /** A stable 40-hex "commit" for a ref: the same checkout answers the same head_commit_id. */
    private static String commitOf(String url, String ref) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest((url + "\n" + ref).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
    }

    private static String pathAfter(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("after:")) {
                return decoded.substring("after:".length());
            }
        } catch (IllegalArgumentException e) {
            // reported below: not a token this server issued
        }
        throw ApiException.invalidParameter("Invalid next_page_token: " + token);
    }
}
