package dev.lakeroute.camel.databricks.response;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.request.OperationRequest;

/** One page of a list answer and the request for the next page (null on the last one). */
public record Page(List<JsonNode> items, OperationRequest next) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean isLast() {
        return next == null;
    }
}
