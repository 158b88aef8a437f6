package dev.lakeroute.camel.databricks.response;

/** How the endpoint wants answers shaped: body type, all pages or one, list or iterator. */
public record ResponseOptions(OutputType output, boolean paginate, boolean streamList) {
}
