package dev.lakeroute.camel.databricks.it;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.DatabricksUploadIncompleteException;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads whose last call got no answer: a {@code dbfs/close} is not idempotent, so the uploader reads the
 * file back instead of closing twice; a Files API PUT with {@code overwrite=true} of content that can be
 * read again is, so it is sent again.
 */
class UploadsWithLostAnswersTest extends DatabricksLocalTestSupport {

    private static final int COUNTER = 1000;
    private static final byte[] CONTENT = content(3 * 1024 * 1024 + 17);

    @AfterEach
    void clearFaults() {
        LOCAL.server().faults().clear();
    }

    @Test
    void aDbfsCloseWhoseAnswerIsLostIsNotRepeatedWhenTheFileReadsBackComplete() {
        String path = "/it-lost-close/" + UUID.randomUUID() + ".bin";
        inject(Fault.of("dbfs/close", FaultKind.DROP_AFTER_RESPONSE));
        countCalls("dbfs/close");

        Exchange put = exchange("databricks:dbfs/put?overwrite=true&path=" + path, CONTENT);

        assertThat(put.getException()).isNull();
        assertThat(put.getMessage().getHeader(DatabricksConstants.BYTES, Long.class)).isEqualTo(CONTENT.length);
        assertThat(callsTo("dbfs/close")).as("closes after the lost one").isZero();
        assertThat(dbfsFile(path)).hasBinaryContent(CONTENT);
    }

    @Test
    void aDbfsCloseDroppedBeforeTheServerActedIsSentOnceMore() {
        String path = "/it-lost-close/" + UUID.randomUUID() + ".bin";
        inject(Fault.of("dbfs/close", FaultKind.DROP));
        countCalls("dbfs/close");

        Exchange put = exchange("databricks:dbfs/put?path=" + path, CONTENT);

        assertThat(put.getException()).isNull();
        assertThat(callsTo("dbfs/close")).as("closes after the dropped one").isOne();
        assertThat(dbfsFile(path)).hasBinaryContent(CONTENT);
    }

    @Test
    void aSecondCloseThatIsRefusedFailsSayingWhatTheFileIsAndThatTheUploadDidNotComplete() {
        String path = "/it-lost-close/" + UUID.randomUUID() + ".bin";
        inject(Fault.of("dbfs/close", FaultKind.DROP));
        inject(Fault.of("dbfs/close", FaultKind.RATE_LIMIT).retryAfterSeconds(1));

        Exchange put = exchange("databricks:dbfs/put?maxRetries=0&path=" + path, CONTENT);

        assertThat(put.getException()).isInstanceOf(DatabricksUploadIncompleteException.class)
                .hasMessageStartingWith("dbfs/put of " + path + " did not complete (" + CONTENT.length + " bytes sent)")
                .hasMessageContaining("dbfs/close got no answer")
                .hasMessageContaining("the file is absent afterwards")
                .hasMessageContaining("and the second close failed (dbfs/close failed: HTTP 429");
        assertThat(dbfsFile(path)).doesNotExist();
    }

    @Test
    void aFilesUploadThatOverwritesIsSentAgainAfterItsAnswerWasLost() throws Exception {
        String volumeFile = "/Volumes/main/default/landing/it-lost-put/" + UUID.randomUUID() + ".bin";
        Path source = Files.createTempFile("lost-put", ".bin");
        Files.write(source, CONTENT);
        inject(Fault.of("fs/files" + volumeFile, FaultKind.DROP_AFTER_RESPONSE));
        countCalls("fs/files" + volumeFile);

        Exchange up = exchange("databricks:fs/files/upload?overwrite=true&param.file_path=" + volumeFile, source.toFile());

        assertThat(up.getException()).isNull();
        assertThat(up.getMessage().getHeader(DatabricksConstants.BYTES, Long.class)).isEqualTo(CONTENT.length);
        assertThat(callsTo("fs/files" + volumeFile)).as("PUTs after the lost one").isOne();
        assertThat(volumeFile(volumeFile)).hasBinaryContent(CONTENT);
    }

    @Test
    void aFilesUploadIsNotSentAgainWhenItDoesNotOverwriteOrItsStreamCannotBeReadTwice() {
        String once = "/Volumes/main/default/landing/it-lost-put/" + UUID.randomUUID() + ".bin";
        inject(Fault.of("fs/files" + once, FaultKind.DROP_AFTER_RESPONSE));
        countCalls("fs/files" + once);
        Exchange withoutOverwrite = exchange("databricks:fs/files/upload?param.file_path=" + once, CONTENT);
        assertThat(withoutOverwrite.getException()).isInstanceOf(DatabricksTransportException.class)
                .hasMessageContaining("may have reached the server");
        // The one later call on the file's path is the clean-up's DELETE, not a second PUT.
        assertThat(callsTo("fs/files" + once)).isOne();
        assertThat(volumeFile(once)).doesNotExist();

        String streamed = "/Volumes/main/default/landing/it-lost-put/" + UUID.randomUUID() + ".bin";
        inject(Fault.of("fs/files" + streamed, FaultKind.DROP_AFTER_RESPONSE));
        countCalls("fs/files" + streamed);
        Exchange fromStream = exchange("databricks:fs/files/upload?overwrite=true&param.file_path=" + streamed,
                new ByteArrayInputStream(CONTENT));
        assertThat(fromStream.getException()).isInstanceOf(DatabricksTransportException.class)
                .hasMessageContaining("may have reached the server");
        assertThat(callsTo("fs/files" + streamed)).isOne();
        assertThat(volumeFile(streamed)).doesNotExist();
    }

    private static void inject(Fault fault) {
        LOCAL.server().faults().inject(fault);
    }

    /** A pass-through fault behind the others: what it consumed is the number of later calls. */
    private static void countCalls(String operation) {
        inject(new Fault(operation, FaultKind.DELAY, COUNTER, 0, 0));
    }

    private static int callsTo(String operation) {
        return LOCAL.server().faults().pending().stream()
                .filter(f -> f.operation().equals(operation) && f.kind() == FaultKind.DELAY && f.delayMillis() == 0)
                .mapToInt(f -> COUNTER - f.count()).findFirst().orElse(COUNTER);
    }

    private static File dbfsFile(String path) {
        return LOCAL.server().dataDir().resolve("dbfs").resolve(path.substring(1)).toFile();
    }

    private static File volumeFile(String path) {
        return dbfsFile(path);
    }

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        SplittableRandom random = new SplittableRandom(size);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
