package dev.lakeroute.camel.databricks.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The content arrives whole whatever the chunks and whether or not the server declared its length (rightly). */
class SizedBodyConsumerTest {

    @Test
    void contentOfTheDeclaredLengthIsKeptInTheArrayItWasReadInto() throws Exception {
        byte[] body = "{\"cluster_id\":\"c1\",\"state\":\"RUNNING\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(read(body, body.length, 7)).isEqualTo(body);
    }

    @Test
    void contentWithoutADeclaredLengthGrowsAsItArrives() throws Exception {
        byte[] body = new byte[100_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        assertThat(read(body, -1, 8192)).isEqualTo(body);
    }

    @Test
    void moreContentThanDeclaredIsNotLost() throws Exception {
        byte[] body = "0123456789".repeat(100).getBytes(StandardCharsets.US_ASCII);
        assertThat(read(body, 10, 64)).isEqualTo(body);
    }

    @Test
    void anEmptyBodyIsAnEmptyArray() throws Exception {
        assertThat(read(new byte[0], 0, 1)).isEmpty();
    }

    private static byte[] read(byte[] body, long declared, int chunk) throws Exception {
        SizedBodyConsumer consumer = new SizedBodyConsumer();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        consumer.streamStart(new BasicEntityDetails(declared, ContentType.APPLICATION_JSON), new FutureCallback<>() {
            @Override
            public void completed(byte[] result) {
                done.complete(result);
            }

            @Override
            public void failed(Exception ex) {
                done.completeExceptionally(ex);
            }

            @Override
            public void cancelled() {
                done.cancel(false);
            }
        });
        for (int offset = 0; offset < body.length; offset += chunk) {
            consumer.consume(ByteBuffer.wrap(body, offset, Math.min(chunk, body.length - offset)));
        }
        consumer.streamEnd(List.of());
        assertThat(consumer.getContent()).isSameAs(done.getNow(null));
        return done.get();
    }
}
