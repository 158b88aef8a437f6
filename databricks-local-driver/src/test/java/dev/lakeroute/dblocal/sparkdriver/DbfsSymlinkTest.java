package dev.lakeroute.dblocal.sparkdriver;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spark's {@code dbfs:} paths, like the REST API's, never pass through a symbolic link inside the DBFS root. */
class DbfsSymlinkTest {
    @TempDir
    java.nio.file.Path sandbox;
    private java.nio.file.Path outside;
    private FileSystem dbfs;

    @BeforeEach
    void setUp() throws IOException {
        java.nio.file.Path root = Files.createDirectories(sandbox.resolve("dbfs"));
        outside = Files.createDirectories(sandbox.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "top secret");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("secret-link.txt"), outside.resolve("secret.txt"));
        Files.writeString(Files.createDirectories(root.resolve("data")).resolve("inside.txt"), "inside");
        Configuration conf = new Configuration(false);
        conf.set(DbfsFileSystem.ROOT_KEY, root.toString());
        dbfs = new DbfsFileSystem();
        dbfs.initialize(URI.create("dbfs:///"), conf);
    }

    @AfterEach
    void tearDown() throws IOException {
        dbfs.close();
        assertThat(outside.toFile().list()).containsExactly("secret.txt");
        assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("top secret");
    }

    @Test
    void readingThroughALinkIsRefused() {
        assertThatThrownBy(() -> dbfs.open(new Path("dbfs:/escape/secret.txt"))).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> dbfs.open(new Path("dbfs:/secret-link.txt"))).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> dbfs.getFileStatus(new Path("dbfs:/escape/secret.txt"))).hasMessageContaining("symbolic link");
    }

    @Test
    void listingSkipsLinksAndRefusesToListThroughThem() throws IOException {
        assertThat(Arrays.stream(dbfs.listStatus(new Path("dbfs:/"))).map(FileStatus::getPath).map(Path::getName)).containsExactly("data");
        assertThatThrownBy(() -> dbfs.listStatus(new Path("dbfs:/escape"))).hasMessageContaining("symbolic link");
    }

    @Test
    void writingThroughALinkIsRefused() {
        assertThatThrownBy(() -> {
            try (OutputStream out = dbfs.create(new Path("dbfs:/escape/new.txt"))) {
                out.write("pwned".getBytes(StandardCharsets.UTF_8));
            }
        }).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> dbfs.mkdirs(new Path("dbfs:/escape/sub"))).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> dbfs.delete(new Path("dbfs:/escape"), true)).hasMessageContaining("symbolic link");
    }

    @Test
    void pathsInsideTheRootStillWork() throws IOException {
        try (var in = dbfs.open(new Path("dbfs:/data/inside.txt"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("inside");
        }
        try (OutputStream out = dbfs.create(new Path("dbfs:/data/new/written.txt"))) {
            out.write(1);
        }
        assertThat(dbfs.getFileStatus(new Path("dbfs:/data/new/written.txt")).getLen()).isEqualTo(1);
    }
}
