package dev.lakeroute.dblocal.controlplane.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.driver.CommandInfo;
import dev.lakeroute.dblocal.driver.CommandResults;
import dev.lakeroute.dblocal.driver.ContextInfo;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.Map;
import java.util.Set;

/**
 * API 1.2 execution contexts and commands on {@code /api/1.2/contexts/*} and {@code /api/1.2/commands/*}.
 * Fields are camelCase ({@code clusterId}, {@code contextId}, {@code commandId}); requests may be JSON,
 * form-encoded, or multipart with the command as a file part named {@code command}.
 */
public final class CommandsApi implements ApiFamily {
    private static final Set<String> LANGUAGES = Set.of("scala", "python", "sql", "r");

    private final ClusterDrivers drivers;

    public CommandsApi(ServerContext context, ClusterRegistry clusters) {
        this.drivers = new ClusterDrivers(context, clusters);
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/1.2/contexts/create", request -> {
            String language = language(request.requireString("language"));
            DriverClient driver = drivers.require(request.requireString("clusterId"));
            return Json.object().put("id", ClusterDrivers.await(driver.createContext(language, Map.of())));
        });
        routes.get("/api/1.2/contexts/status", request -> {
            DriverClient driver = drivers.require(request.requireString("clusterId"));
            ContextInfo info = ClusterDrivers.await(driver.contextStatus(request.requireString("contextId")));
            ObjectNode answer = Json.object().put("id", info.id()).put("status", info.status());
            if (info.note() != null) {
                answer.put("note", info.note());
            }
            if (info.error() != null) {
                answer.put("error", info.error());
            }
            return answer;
        });
        routes.post("/api/1.2/contexts/destroy", request -> {
            DriverClient driver = drivers.require(request.requireString("clusterId"));
            String contextId = request.requireString("contextId");
            ClusterDrivers.await(driver.destroyContext(contextId));
            return Json.object().put("id", contextId);
        });
        routes.post("/api/1.2/commands/execute", request -> {
            request.string("language").ifPresent(CommandsApi::language);
            DriverClient driver = drivers.require(request.requireString("clusterId"));
            String contextId = request.requireString("contextId");
            return Json.object().put("id", ClusterDrivers.await(driver.execute(contextId, command(request))));
        });
        routes.get("/api/1.2/commands/status", request -> {
            DriverClient driver = drivers.require(request.requireString("clusterId"));
            CommandInfo info = ClusterDrivers.await(driver.commandStatus(request.requireString("contextId"),
                    request.requireString("commandId")));
            ObjectNode answer = Json.object().put("id", info.id()).put("status", info.status());
            if (info.results() != null) {
                answer.set("results", results(info.results()));
            }
            return answer;
        });
        routes.post("/api/1.2/commands/cancel", request -> {
            DriverClient driver = drivers.require(request.requireString("clusterId"));
            String commandId = request.requireString("commandId");
            ClusterDrivers.await(driver.cancel(request.requireString("contextId"), commandId));
            return Json.object().put("id", commandId);
        });
    }

    private static String language(String value) {
        String language = value.toLowerCase();
        if (!LANGUAGES.contains(language)) {
            throw ApiException.invalidParameter("Unknown language '" + value + "'; allowed: scala, python, sql, r");
        }
        return language;
    }

    /** The command text: a multipart file part wins over a field, as curl's {@code -F command=@file} sends it. */
    private static String command(ApiRequest request) {
        return request.uploadedText("command").orElseGet(() -> request.requireString("command"));
    }

    /** The public results: the driver's internal notebook exit value stays inside. */
    private static ObjectNode results(CommandResults results) {
        ObjectNode node = Json.object().put("resultType", results.resultType());
        if (results.data() != null && !results.data().isNull()) {
            node.set("data", results.data());
        }
        if (results.schema() != null) {
            node.set("schema", Json.toTree(results.schema()));
        }
        if (results.truncated() != null) {
            node.put("truncated", results.truncated());
        }
        if (results.isJsonSchema() != null) {
            node.put("isJsonSchema", results.isJsonSchema());
        }
        if (results.summary() != null) {
            node.put("summary", results.summary());
        }
        if (results.cause() != null) {
            node.put("cause", results.cause());
        }
        return node;
    }
}
