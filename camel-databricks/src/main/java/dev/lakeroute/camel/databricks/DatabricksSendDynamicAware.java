package dev.lakeroute.camel.databricks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.annotations.SendDynamic;
import org.apache.camel.support.component.SendDynamicAwareSupport;
import org.apache.camel.util.StringHelper;
import org.apache.camel.util.URISupport;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.request.FieldOptions;

/**
 * Lets {@code toD("databricks:jobs/run-now?jobId=${header.job}")} share one endpoint and its producer among
 * all job ids: the request-field options of the URI ({@code jobId}, {@code clusterId}, {@code param.*}, …)
 * travel with the message in {@link DatabricksConstants#REQUEST_FIELDS}, and the endpoint is the URI without
 * them. Without this, Camel creates (and caches) one endpoint per distinct id.
 * <p>
 * Left on the URI, and so resolved as before: options that are not fields of the operation (the endpoint
 * reports them), and every option when the endpoint would not start without them (databricks:command needs
 * its clusterId when it is created).
 */
@SendDynamic("databricks")
public class DatabricksSendDynamicAware extends SendDynamicAwareSupport {

    /** Static URIs tried once: whether an endpoint can be created from them. */
    private final Map<String, Boolean> creatable = new ConcurrentHashMap<>();

    @Override
    public boolean isLenientProperties() {
        return false;
    }

    @Override
    public DynamicAwareEntry prepare(Exchange exchange, String uri, String originalUri) throws Exception {
        return new DynamicAwareEntry(uri, originalUri, endpointProperties(exchange, uri), null);
    }

    @Override
    public String resolveStaticUri(Exchange exchange, DynamicAwareEntry entry) throws Exception {
        Split split = split(exchange, entry);
        if (split == null || split.perMessage().isEmpty()) {
            return null;
        }
        String base = StringHelper.before(entry.getUri(), "?", entry.getUri());
        String staticUri = split.fixed().isEmpty() ? base : base + "?" + URISupport.createQueryString(split.fixed(), false);
        return creatable.computeIfAbsent(staticUri, uri -> canCreate(exchange, uri)) ? staticUri : null;
    }

    @Override
    public Processor createPreProcessor(Exchange exchange, DynamicAwareEntry entry) throws Exception {
        Split split = split(exchange, entry);
        if (split == null || split.perMessage().isEmpty()) {
            return null;
        }
        Map<String, Object> fields = split.perMessage();
        return message -> message.getMessage().setHeader(DatabricksConstants.REQUEST_FIELDS, fields);
    }

    @Override
    public Processor createPostProcessor(Exchange exchange, DynamicAwareEntry entry) {
        return message -> message.getMessage().removeHeader(DatabricksConstants.REQUEST_FIELDS);
    }

    private record Split(Map<String, Object> fixed, Map<String, Object> perMessage) {
    }

    /** Null when the URI names no operation this component knows: then Camel resolves it as written, and reports it. */
    private Split split(Exchange exchange, DynamicAwareEntry entry) {
        Optional<Operation> operation = exchange.getContext().getComponent(getScheme(), DatabricksComponent.class).runtime()
                .findOperation(operationName(entry.getUri()));
        if (operation.isEmpty()) {
            return null;
        }
        Map<String, String> aliases = FieldOptions.aliases();
        Map<String, Object> fixed = new LinkedHashMap<>();
        Map<String, Object> perMessage = new LinkedHashMap<>();
        entry.getProperties().forEach((option, value) -> {
            String name = aliases.getOrDefault(option, option);
            boolean field = name.startsWith("param.")
                            || FieldOptions.isOption(name) && FieldOptions.fieldName(operation.get(), name) != null;
            if (field) {
                perMessage.put(name, unwrapRaw(value));
            } else {
                fixed.put(option, value);
            }
        });
        return new Split(fixed, perMessage);
    }

    private static String operationName(String uri) {
        String path = StringHelper.before(StringHelper.after(uri, ":"), "?", StringHelper.after(uri, ":"));
        return path.startsWith("//") ? path.substring(2) : path;
    }

    private static Object unwrapRaw(Object value) {
        if (value instanceof String text && (text.startsWith("RAW(") || text.startsWith("RAW{"))
            && (text.endsWith(")") || text.endsWith("}"))) {
            return text.substring(4, text.length() - 1);
        }
        return value;
    }

    private static boolean canCreate(Exchange exchange, String uri) {
        try {
            return exchange.getContext().getEndpoint(uri) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
