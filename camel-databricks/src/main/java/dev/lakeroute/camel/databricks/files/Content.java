package dev.lakeroute.camel.databricks.files;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A message body that is content to upload: a File, Path, InputStream, byte[] or String. Files and
 * arrays can be read again (a retried request resends them); a stream only once.
 */
public final class Content {

    private final Object body;

    private Content(Object body) {
        this.body = body;
    }

    public static boolean accepts(Object body) {
        return body instanceof File || body instanceof Path || body instanceof InputStream || body instanceof byte[]
               || body instanceof String;
    }

    public static Content of(Object body) {
        return new Content(body);
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
            return (InputStream) body;
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
                InputStream in = (InputStream) body;
                return HttpRequest.BodyPublishers.ofInputStream(() -> in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the message body " + describe(), e);
            }
        };
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
}
