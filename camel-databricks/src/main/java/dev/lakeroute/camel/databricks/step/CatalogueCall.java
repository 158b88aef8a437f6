package dev.lakeroute.camel.databricks.step;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.response.OutputType;
import dev.lakeroute.camel.databricks.response.Page;
import dev.lakeroute.camel.databricks.response.PageIterator;
import dev.lakeroute.camel.databricks.response.PageReader;
import dev.lakeroute.camel.databricks.response.ResponseHeaders;
import dev.lakeroute.camel.databricks.response.ResponseMapper;
import dev.lakeroute.camel.databricks.response.ResponseOptions;

/** The generic call path: one request (or one per page), answer shaped by the endpoint's response options. */
public final class CatalogueCall implements OperationStep {

    private final ResponseMapper mapper;
    private final PageReader pages = new PageReader();

    public CatalogueCall(ObjectMapper objectMapper) {
        this.mapper = new ResponseMapper(objectMapper);
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context) {
        OperationRequest request = context.request();
        ResponseOptions options = context.response();
        String op = request.operation().name();
        return context.client().call(request).thenCompose(response -> {
            boolean json = response.isJson() && response.body().length > 0;
            if (json && options.output().kind() == OutputType.Kind.DEFAULT && !options.paginate() && !options.streamList()) {
                // The common case: the answer as Map/List, read once.
                Object body = mapper.value(response, op);
                Map<String, Object> headers = ResponseHeaders.ofValue(request, response, body);
                headers.put(DatabricksConstants.ATTEMPTS, response.attempts());
                return CompletableFuture.completedFuture(new StepResult(body, headers));
            }
            boolean plain = options.output().kind() == OutputType.Kind.STRING || options.output().kind() == OutputType.Kind.BYTES;
            JsonNode answer = json && !plain ? mapper.tree(response, op) : null;
            Map<String, Object> headers = new LinkedHashMap<>(ResponseHeaders.of(request, response, answer));
            headers.put(DatabricksConstants.ATTEMPTS, response.attempts());
            if (answer == null || !options.paginate() && !options.streamList()) {
                Object body = answer == null ? mapper.body(response, options.output(), op)
                        : mapper.convert(answer, options.output(), op, response);
                return CompletableFuture.completedFuture(new StepResult(body, headers));
            }
            Page first = pages.read(request, answer);
            if (!options.paginate()) {
                return CompletableFuture.completedFuture(new StepResult(items(first.items(), options, op), headers));
            }
            headers.remove(DatabricksConstants.NEXT_PAGE_TOKEN);
            if (options.streamList()) {
                Iterator<Object> iterator = new PageIterator(first, context.client()::call, pages,
                        node -> mapper.convert(node, options.output(), op, null), op, mapper);
                return CompletableFuture.completedFuture(new StepResult(iterator, headers));
            }
            List<Object> all = new ArrayList<>();
            return collect(context, first, all, 1, options, op).thenApply(pageCount -> {
                headers.put(DatabricksConstants.PAGE_COUNT, pageCount);
                return new StepResult(all, headers);
            });
        });
    }

    private CompletableFuture<Integer> collect(StepContext context, Page page, List<Object> all, int pageCount,
                                               ResponseOptions options, String op) {
        for (JsonNode item : page.items()) {
            all.add(mapper.convert(item, options.output(), op, null));
        }
        if (page.isLast()) {
            return CompletableFuture.completedFuture(pageCount);
        }
        OperationRequest next = page.next();
        return context.client().call(next)
                .thenCompose(response -> collect(context, pages.read(next, mapper.tree(response, op)), all,
                        pageCount + 1, options, op));
    }

    private Object items(List<JsonNode> items, ResponseOptions options, String op) {
        List<Object> converted = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            converted.add(mapper.convert(item, options.output(), op, null));
        }
        return options.streamList() ? converted.iterator() : converted;
    }

}
