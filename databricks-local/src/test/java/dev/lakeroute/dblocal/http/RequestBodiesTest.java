package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies of any content type up to the body limit are read, and whatever is wrong with one is answered as Databricks JSON. */
class RequestBodiesTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private RawHttp http;

    @BeforeEach
    void setUp() {
        http = RawHttp.bearer(local.url(), local.token());
    }

    @Test
    void aHundredKilobyteJsonBodyLabelledAsAFormIsReadAsJson() {
        // What `curl -d @job.json` sends: a JSON body labelled application/x-www-form-urlencoded, here with
        // characters a form decoder would choke on or change (%, +, &, =).
        String description = "100% of the rows + more & less = all; ".repeat(2800);
        RawHttp.Reply created = http.postForm("/api/2.2/jobs/create", "{\"name\":\"big form\",\"description\":\"" + description + "\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long jobId = created.json().path("job_id").asLong();
        assertThat(http.get("/api/2.2/jobs/get?job_id=" + jobId).json().path("settings").path("description").asText()).isEqualTo(description);
    }

    @Test
    void realFormFieldsAreDecoded() {
        RawHttp.Reply created = http.postForm("/api/2.0/token/create", "comment=from+a+form%21&lifetime_seconds=600");

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.json().path("token_info").path("comment").asText()).isEqualTo("from a form!");
    }

    @Test
    void malformedBodiesGetAJson400() {
        RawHttp.Reply json = http.postForm("/api/2.2/jobs/create", "{\"name\": ");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.errorCode()).isEqualTo("MALFORMED_REQUEST");

        RawHttp.Reply form = http.postForm("/api/2.0/token/create", "comment=%zz");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.errorCode()).isEqualTo("MALFORMED_REQUEST");
        assertThat(form.json().path("message").asText()).contains("form");

        RawHttp.Reply multipart = http.send(http.request("/api/1.2/commands/execute")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nscala")).build());
        assertThat(multipart.status()).isEqualTo(400);
        assertThat(multipart.json().path("error_code").asText()).isNotEmpty();
        assertThat(multipart.json().path("message").asText()).isNotEmpty();
    }

    @Test
    void bodiesOverTheLimitGetAJson413() throws IOException {
        for (String contentType : new String[] {"application/json", "application/x-www-form-urlencoded"}) {
            String reply = announce("POST /api/2.2/jobs/create", contentType, 17L * 1024 * 1024);
            assertThat(reply).startsWith("HTTP/1.1 413");
            assertThat(reply).contains("\"error_code\"").contains("\"message\"");
        }
    }

    /** Sends only the head of a request announcing {@code length} bytes and returns the answer as text. */
    private String announce(String requestLine, String contentType, long length) throws IOException {
        URI url = URI.create(local.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nAuthorization: Bearer " + local.token()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (answer.indexOf("}") > 0) {
                    break;
                }
            }
            return answer.toString();
        }
    }
}
