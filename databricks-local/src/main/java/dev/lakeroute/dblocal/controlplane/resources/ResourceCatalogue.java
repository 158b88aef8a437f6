package dev.lakeroute.dblocal.controlplane.resources;

import dev.lakeroute.dblocal.controlplane.ControlPlane;
import dev.lakeroute.dblocal.controlplane.accounts.Accounts;
import dev.lakeroute.dblocal.controlplane.accounts.WorkspaceIdentity;
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
import dev.lakeroute.dblocal.controlplane.sqlobjects.LakeviewDashboards;
import dev.lakeroute.dblocal.controlplane.sqlobjects.LegacySqlObjects;
import dev.lakeroute.dblocal.controlplane.sqlobjects.SqlObjects;
import dev.lakeroute.dblocal.controlplane.unitycatalog.UnityCatalogGovernance;

import java.util.List;

/** Every API family served as a resource store: one line per family. */
public final class ResourceCatalogue {
    private ResourceCatalogue() {
    }

    public static List<ResourceFamily> families(ControlPlane plane, ResourceRegistry registry) {
        WorkspaceIdentity identity = WorkspaceIdentity.of(plane.context().settings(), plane.context().store());
        return List.of(
                new InstancePools(),
                new ClusterPolicies(),
                new GlobalInitScripts(registry),
                new GitCredentials(),
                new IpAccessLists(),
                new Scim(registry),
                new Scim(registry, Scim.Scope.ACCOUNT),
                new Accounts(registry, identity, plane.context().store(), "databricks-local"),
                new Permissions(registry),
                new UnityCatalog(registry, plane.context().store()),
                new UnityCatalogGovernance(registry, plane.context().store(), identity),
                new Mlflow(registry, plane.context().clock()),
                plane.queryHistory(),
                new ServingEndpoints(registry, plane.context()),
                new Pipelines(registry, plane.context()),
                new SqlWarehouses(plane.warehouses()),
                new SqlObjects(registry),
                new LegacySqlObjects(registry),
                new LakeviewDashboards(registry));
    }
}
