package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.runtime.WorkerSize;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalWorkerSizesTest {
    private final LocalWorkerSizes bigMachine = new LocalWorkerSizes(16, 65536);

    @Test
    void nodeTypesGetTheirTableSizeAndUnknownOnesTheDefault() {
        assertThat(bigMachine.forCluster("m5d.large", Map.of())).isEqualTo(new WorkerSize(1, 512));
        assertThat(bigMachine.forCluster("Standard_E8ds_v4", Map.of())).isEqualTo(new WorkerSize(4, 4096));
        assertThat(bigMachine.forCluster(null, Map.of())).isEqualTo(WorkerSize.DEFAULT);
        assertThat(LocalWorkerSizes.TABLE.keySet()).containsExactlyInAnyOrderElementsOf(ClusterCatalog.nodeTypeIds());
    }

    @Test
    void aSmallMachineCapsCoresAndMemoryButNotBelowSparksMinimum() {
        LocalWorkerSizes laptop = new LocalWorkerSizes(2, 1024);

        assertThat(laptop.forCluster("Standard_E8ds_v4", Map.of())).isEqualTo(new WorkerSize(2, 512));
    }

    @Test
    void sparkConfExecutorSettingsReplaceTheTable() {
        assertThat(bigMachine.forCluster("m5d.large", Map.of("spark.executor.cores", "3", "spark.executor.memory", "2g")))
                .isEqualTo(new WorkerSize(3, 2048));
        assertThat(LocalWorkerSizes.memoryMb("768m")).isEqualTo(768);
        assertThat(LocalWorkerSizes.memoryMb("1024")).isEqualTo(1024);
        assertThatThrownBy(() -> LocalWorkerSizes.memoryMb("256m")).isInstanceOf(ApiException.class).hasMessageContaining("at least 512m");
        assertThatThrownBy(() -> bigMachine.forCluster("m5d.large", Map.of("spark.executor.cores", "many")))
                .isInstanceOf(ApiException.class).hasMessageContaining("spark.executor.cores");
    }
}
