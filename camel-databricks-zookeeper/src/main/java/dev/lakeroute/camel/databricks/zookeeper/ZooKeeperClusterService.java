package dev.lakeroute.camel.databricks.zookeeper;

import java.util.Objects;

import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.curator.RetryPolicy;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;

/**
 * A Camel cluster service on ZooKeeper: each namespace (a {@code ClusteredRoutePolicy}'s, a {@code master:}
 * endpoint's) is one Curator {@link org.apache.curator.framework.recipes.leader.LeaderLatch} under
 * {@link #setBasePath basePath}, so exactly one replica of those sharing the ensemble leads it. A replica
 * that stops, closes or loses its ZooKeeper session (killed: after {@link #setSessionTimeoutMs sessionTimeoutMs})
 * gives the leadership up and another one takes it. Register it with {@code context.addService(service)} or as a
 * bean; the connection is made when the service starts (or give a started {@link CuratorFramework} of your own).
 */
public class ZooKeeperClusterService extends AbstractCamelClusterService<ZooKeeperClusterView> {

    private String connectString;
    private String basePath = "/camel/cluster";
    private int sessionTimeoutMs = 10_000;
    private int connectionTimeoutMs = 5_000;
    private RetryPolicy retryPolicy = new ExponentialBackoffRetry(500, 10);
    private CuratorFramework curator;
    private boolean ownCurator;

    public ZooKeeperClusterService() {
    }

    /** @param connectString the ensemble, {@code host:port[,host:port…]} */
    public ZooKeeperClusterService(String id, String connectString) {
        super(id);
        this.connectString = connectString;
    }

    public String getConnectString() {
        return connectString;
    }

    /** The ZooKeeper ensemble, {@code host:port[,host:port…][/chroot]}. */
    public void setConnectString(String connectString) {
        this.connectString = connectString;
    }

    public String getBasePath() {
        return basePath;
    }

    /** The znode under which each namespace gets its latch (default {@code /camel/cluster}). */
    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public int getSessionTimeoutMs() {
        return sessionTimeoutMs;
    }

    /**
     * How long a replica that stopped answering (killed, partitioned) keeps its leadership in ZooKeeper's eyes
     * (default 10 s; the server bounds it to 2–20 times its tickTime). A lower value fails over sooner.
     */
    public void setSessionTimeoutMs(int sessionTimeoutMs) {
        this.sessionTimeoutMs = sessionTimeoutMs;
    }

    public int getConnectionTimeoutMs() {
        return connectionTimeoutMs;
    }

    public void setConnectionTimeoutMs(int connectionTimeoutMs) {
        this.connectionTimeoutMs = connectionTimeoutMs;
    }

    public RetryPolicy getRetryPolicy() {
        return retryPolicy;
    }

    /** How Curator retries ZooKeeper operations (default: exponential backoff from 500 ms, 10 times). */
    public void setRetryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
    }

    public CuratorFramework getCuratorFramework() {
        return curator;
    }

    /** A Curator client of the application's own (started by it, closed by it); connectString is then unused. */
    public void setCuratorFramework(CuratorFramework curator) {
        this.curator = curator;
    }

    @Override
    protected void doStart() throws Exception {
        if (curator == null) {
            if (connectString == null || connectString.isBlank()) {
                throw new IllegalStateException("ZooKeeperClusterService " + getId()
                                                + ": set connectString (host:port of the ZooKeeper ensemble) or a CuratorFramework");
            }
            curator = CuratorFrameworkFactory.builder()
                    .connectString(connectString)
                    .sessionTimeoutMs(sessionTimeoutMs)
                    .connectionTimeoutMs(connectionTimeoutMs)
                    .retryPolicy(retryPolicy)
                    .build();
            ownCurator = true;
            curator.start();
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        // Views first: closing their latches deletes their znodes while the session is still open.
        super.doStop();
        if (ownCurator) {
            curator.close();
            curator = null;
            ownCurator = false;
        }
    }

    @Override
    protected ZooKeeperClusterView createView(String namespace) {
        Objects.requireNonNull(getId(), "ZooKeeperClusterService needs an id (setId): it names this replica in the election");
        return new ZooKeeperClusterView(this, namespace, () -> curator, latchPath(namespace));
    }

    private String latchPath(String namespace) {
        String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        return base + "/" + namespace;
    }
}
