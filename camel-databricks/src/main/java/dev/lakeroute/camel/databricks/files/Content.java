package dev.lakeroute.camel.databricks.files;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;

/**
 * A message body that is content to upload: a File, Path, InputStream, byte[], String, or a Camel
 * GenericFile (what {@code from("file:...")} delivers: the file it wraps is read, not the wrapper). Files
 * and arrays can be read again (a retried request resends them); a stream only once.
 */
public final class Content {

    /** The bodies an upload takes, for messages. */
    public static final String BODIES = "byte[], String, InputStream, File, Path or a Camel GenericFile (from the file component)";

    private final Object body;
    private final AtomicLong streamed = new AtomicLong();

    private Content(Object body) {
        this.body = body;
    }

    public static boolean accepts(Object body) {
        return body instanceof File || body instanceof Path || body instanceof InputStream || body instanceof byte[]
               || body instanceof String || body instanceof WrappedFile<?>;
    }

    /** The exchange's body as content; a GenericFile becomes the file (or the content) it wraps. */
    public static Content of(String operation, Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        return new Content(body instanceof WrappedFile<?> wrapped ? unwrap(operation, exchange, wrapped) : body);
    }

    /**
     * The file component's GenericFile wraps a java.io.File; remote file components wrap a remote file
     * whose content they loaded into the body, or can stream through Camel's converters.
     */
    private static Object unwrap(String operation, Exchange exchange, WrappedFile<?> wrapped) {
        Object file = wrapped.getFile();
        if (file instanceof File || file instanceof Path) {
            return file;
        }
        Object loaded = wrapped.getBody();
        if (accepts(loaded) && !(loaded instanceof WrappedFile<?>)) {
            return loaded;
        }
        InputStream stream = exchange.getContext().getTypeConverter().convertTo(InputStream.class, exchange, wrapped);
        if (stream == null) {
            throw new DatabricksInvalidRequestException(operation, "message body", "is a " + wrapped.getClass().getSimpleName()
                    + " whose content cannot be read", BODIES);
        }
        return stream;
    }

    public boolean replayable() {
        return !(body instanceof InputStream);
    }

    /** A fresh stream over the content; the caller closes it. */
    public InputStream open() {
        try {
            if (body instanceof File file) {
                return Files.newInputStream(file.toPath());
            }
            if (body instanceof Path path) {
                return Files.newInputStream(path);
            }
            if (body instanceof byte[] bytes) {
                return new ByteArrayInputStream(bytes);
            }
            if (body instanceof String text) {
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
            return counting((InputStream) body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message body " + describe(), e);
        }
    }

    /** A publisher per attempt; the JDK reads files and streams as it sends, so nothing is held in memory. */
    public Supplier<HttpRequest.BodyPublisher> publisher() {
        return () -> {
            try {
                if (body instanceof File file) {
                    return HttpRequest.BodyPublishers.ofFile(file.toPath());
                }
                if (body instanceof Path path) {
                    return HttpRequest.BodyPublishers.ofFile(path);
                }
                if (body instanceof byte[] bytes) {
                    return HttpRequest.BodyPublishers.ofByteArray(bytes);
                }
                if (body instanceof String text) {
                    return HttpRequest.BodyPublishers.ofString(text);
                }
                InputStream in = counting((InputStream) body);
                return HttpRequest.BodyPublishers.ofInputStream(() -> in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the message body " + describe(), e);
            }
        };
    }

    /** The size of the content: of the file, array or text; for a stream, what was read from it so far. */
    public long bytes() {
        try {
            if (body instanceof File file) {
                return Files.size(file.toPath());
            }
            if (body instanceof Path path) {
                return Files.size(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + describe(), e);
        }
        if (body instanceof byte[] bytes) {
            return bytes.length;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
        return streamed.get();
    }

    public String describe() {
        if (body instanceof File file) {
            return "file " + file;
        }
        if (body instanceof Path path) {
            return "file " + path;
        }
        return "of type " + body.getClass().getSimpleName();
    }

    private InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    streamed.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    streamed.addAndGet(n);
                }
                return n;
            }
        };
    }
}
