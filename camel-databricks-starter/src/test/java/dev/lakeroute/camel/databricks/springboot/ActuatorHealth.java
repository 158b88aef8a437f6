package dev.lakeroute.camel.databricks.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code GET /actuator/health} of the application under test, over HTTP as Kubernetes asks it. */
record ActuatorHealth(int status, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ActuatorHealth of(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println("ACTUATOR " + response.statusCode() + " " + response.body());
        return new ActuatorHealth(response.statusCode(), response.body());
    }

    JsonNode json() throws IOException {
        return JSON.readTree(body);
    }

    /** The details Camel's health indicator ({@code camelHealth}) gives, one entry per Camel check. */
    JsonNode camel() throws IOException {
        return json().path("components").path("camelHealth").path("details");
    }
}
