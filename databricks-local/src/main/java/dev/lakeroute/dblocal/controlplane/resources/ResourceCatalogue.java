package dev.lakeroute.dblocal.controlplane.resources;

import dev.lakeroute.dblocal.controlplane.ControlPlane;
import dev.lakeroute.dblocal.controlplane.resources.catalog.UnityCatalog;
import dev.lakeroute.dblocal.controlplane.resources.clusterpolicies.ClusterPolicies;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.gitcredentials.GitCredentials;
import dev.lakeroute.dblocal.controlplane.resources.initscripts.GlobalInitScripts;
import dev.lakeroute.dblocal.controlplane.resources.instancepools.InstancePools;
import dev.lakeroute.dblocal.controlplane.resources.ipaccesslists.IpAccessLists;
import dev.lakeroute.dblocal.controlplane.resources.mlflow.Mlflow;
import dev.lakeroute.dblocal.controlplane.resources.permissions.Permissions;
import dev.lakeroute.dblocal.controlplane.resources.pipelines.Pipelines;
import dev.lakeroute.dblocal.controlplane.resources.scim.Scim;
import dev.lakeroute.dblocal.controlplane.resources.serving.ServingEndpoints;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.SqlWarehouses;

import java.util.List;

/** Every API family served as a resource store: one line per family. */
public final class ResourceCatalogue {
    private ResourceCatalogue() {
    }

    public static List<ResourceFamily> families(ControlPlane plane, ResourceRegistry registry) {
        return List.of(
                new InstancePools(),
                new ClusterPolicies(),
                new GlobalInitScripts(registry),
                new GitCredentials(),
                new IpAccessLists(),
                new Scim(registry),
                new Permissions(registry),
                new UnityCatalog(registry, plane.context().store()),
                new Mlflow(registry, plane.context().clock()),
                plane.queryHistory(),
                new ServingEndpoints(registry, plane.context()),
                new Pipelines(registry, plane.context()),
                new SqlWarehouses(plane.warehouses()));
    }
}
