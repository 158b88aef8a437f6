package dev.lakeroute.camel.databricks.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * multipart/form-data for {@code commands/execute} with the command as a file part, the way the API
 * 1.2 documentation sends a script ({@code -F command=@script.scala}).
 */
final class Multipart {

    private final String boundary = "camel-databricks-" + UUID.randomUUID();

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] build(Map<String, String> fields, String fileField, String fileName, InputStream file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                           + field.getValue() + "\r\n");
            }
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                       + fileName.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            file.transferTo(out);
            write(out, "\r\n--" + boundary + "--\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the command file", e);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
