package dev.lakeroute.dblocal.sparkdriver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A driver must never outlive databricks-local, even when it is killed without running shutdown hooks. */
class DriverLifetimeTest {
    @TempDir
    Path work;

    @Test
    void driverExitsByItselfWhenItsParentsPipeCloses() throws Exception {
        DriverProcess driver = new DriverProcess(work, 1);
        try {
            // What the OS does to the pipe when the parent JVM dies.
            driver.process().getOutputStream().close();

            assertThat(driver.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(driver.process().descendants().filter(ProcessHandle::isAlive).count()).isZero();
        } finally {
            driver.process().destroyForcibly();
        }
    }
}
