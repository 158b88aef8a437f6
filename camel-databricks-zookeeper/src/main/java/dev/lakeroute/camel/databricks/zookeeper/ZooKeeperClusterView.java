package dev.lakeroute.camel.databricks.zookeeper;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.recipes.leader.Participant;
import org.apache.zookeeper.KeeperException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One namespace of a {@link ZooKeeperClusterService}: a LeaderLatch on its znode. Curator tells the latch when it
 * gains or loses the lead (including when the connection is suspended or the session lost), and the view passes
 * that on as Camel leadership events, which start and stop the clustered routes. A latch cannot be reused once
 * closed, so every start of the view makes a new one.
 */
public final class ZooKeeperClusterView extends AbstractCamelClusterView {

    private static final Logger LOG = LoggerFactory.getLogger(ZooKeeperClusterView.class);

    private final Supplier<CuratorFramework> curator;
    private final String path;
    private final LocalMember localMember = new LocalMember();
    private volatile LeaderLatch latch;

    ZooKeeperClusterView(ZooKeeperClusterService service, String namespace, Supplier<CuratorFramework> curator, String path) {
        super(service, namespace);
        this.curator = curator;
        this.path = path;
    }

    /** The latch's znode. */
    public String getPath() {
        return path;
    }

    @Override
    public CamelClusterMember getLocalMember() {
        return localMember;
    }

    @Override
    public Optional<CamelClusterMember> getLeader() {
        LeaderLatch current = latch;
        if (current == null || !isRunAllowed()) {
            return Optional.empty();
        }
        if (current.hasLeadership()) {
            return Optional.of(localMember);
        }
        try {
            Participant leader = current.getLeader();
            // Curator answers a participant with an empty id when nobody holds the latch (yet).
            return leader.isLeader() ? Optional.of(new RemoteMember(leader.getId(), true)) : Optional.empty();
        } catch (KeeperException.NoNodeException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot read the leader of " + path + " from ZooKeeper", e);
        }
    }

    @Override
    public List<CamelClusterMember> getMembers() {
        LeaderLatch current = latch;
        if (current == null) {
            return List.of();
        }
        try {
            Collection<Participant> participants = current.getParticipants();
            return participants.stream()
                    .map(p -> p.getId().equals(localMember.getId()) ? (CamelClusterMember) localMember : new RemoteMember(p.getId(), p.isLeader()))
                    .toList();
        } catch (KeeperException.NoNodeException e) {
            return List.of();
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot list the members of " + path + " from ZooKeeper", e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        LeaderLatch started = new LeaderLatch(curator.get(), path, getClusterService().getId(), LeaderLatch.CloseMode.NOTIFY_LEADER);
        started.addListener(new LeadershipEvents());
        latch = started;
        started.start();
    }

    @Override
    protected void doStop() throws Exception {
        LeaderLatch stopped = latch;
        latch = null;
        if (stopped != null) {
            try {
                stopped.close();
            } catch (IOException | IllegalStateException e) {
                LOG.debug("Closing the leader latch {} failed; its znode goes with the session", path, e);
            }
        }
    }

    private final class LeadershipEvents implements LeaderLatchListener {
        @Override
        public void isLeader() {
            LOG.info("{} leads {} (ZooKeeper {})", localMember.getId(), getNamespace(), path);
            fireLeadershipChangedEvent(Optional.of(localMember));
        }

        @Override
        public void notLeader() {
            LOG.info("{} no longer leads {} (ZooKeeper {})", localMember.getId(), getNamespace(), path);
            fireLeadershipChangedEvent(Optional.empty());
        }
    }

    private final class LocalMember implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            LeaderLatch current = latch;
            return current != null && current.hasLeadership();
        }

        @Override
        public boolean isLocal() {
            return true;
        }

        @Override
        public String getId() {
            return getClusterService().getId();
        }

        @Override
        public String toString() {
            return getId() + " (local)";
        }
    }

    private record RemoteMember(String id, boolean leader) implements CamelClusterMember {
        @Override
        public boolean isLeader() {
            return leader;
        }

        @Override
        public boolean isLocal() {
            return false;
        }

        @Override
        public String getId() {
            return id;
        }
    }
}
