package dev.lakeroute.camel.databricks.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * Reads an answer's content into one array sized from its {@code Content-Length}: HttpCore's own consumer
 * grows a buffer from 1 KiB and copies it once more at the end, work the single I/O thread does for every
 * call (it showed in B1's profile). Runs on the I/O thread only, so it needs no locking.
 */
final class SizedBodyConsumer implements AsyncEntityConsumer<byte[]> {

    /** Trust a declared length up to this; beyond it (or without one) grow as content arrives. */
    private static final int MAX_PRESIZED = 8 * 1024 * 1024;
    private static final int INITIAL = 4096;

    private byte[] buffer;
    private int length;
    private byte[] content;
    private FutureCallback<byte[]> callback;

    @Override
    public void streamStart(EntityDetails details, FutureCallback<byte[]> resultCallback) {
        long declared = details.getContentLength();
        buffer = new byte[declared >= 0 && declared <= MAX_PRESIZED ? (int) declared : INITIAL];
        length = 0;
        callback = resultCallback;
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws java.io.IOException {
        capacityChannel.update(Integer.MAX_VALUE);
    }

    @Override
    public void consume(ByteBuffer src) {
        int incoming = src.remaining();
        if (length + incoming > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length + incoming, buffer.length * 2));
        }
        src.get(buffer, length, incoming);
        length += incoming;
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        content = length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
        buffer = null;
        if (callback != null) {
            callback.completed(content);
        }
    }

    @Override
    public void failed(Exception cause) {
        if (callback != null) {
            callback.failed(cause);
        }
    }

    @Override
    public byte[] getContent() {
        return content;
    }

    @Override
    public void releaseResources() {
        buffer = null;
    }
}
