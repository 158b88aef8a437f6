package dev.lakeroute.camel.databricks;

import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

import dev.lakeroute.camel.databricks.auth.CredentialChain;
import dev.lakeroute.camel.databricks.auth.ResolvedAuth;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.consumer.DatabricksConsumers;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.RetryPolicy;
import dev.lakeroute.camel.databricks.request.RequestBuilder;
import dev.lakeroute.camel.databricks.request.RequestEncoder;
import dev.lakeroute.camel.databricks.response.OutputType;
import dev.lakeroute.camel.databricks.response.ResponseOptions;
import dev.lakeroute.camel.databricks.step.OperationStep;

/**
 * Call any Databricks REST operation by name (clusters/get, jobs/runs/submit, unity-catalog/catalogs/list, ...).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "databricks", title = "Databricks", syntax = "databricks:operation",
             category = { Category.CLOUD, Category.BIGDATA }, headersClass = DatabricksConstants.class)
public class DatabricksEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    static final String RAW = "raw";

    @UriPath(description = "The REST operation: its path below /api/<version>/ without path parameters, with a verb"
                           + " suffix where one path has several methods (clusters/get, dbfs/list, jobs/runs/submit,"
                           + " unity-catalog/catalogs/get, fs/files/upload, accounts/workspaces ...), raw for any"
                           + " method and path, or command to run code on a cluster through API 1.2 (contexts and commands).")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private DatabricksConfiguration configuration;

    private Operation resolvedOperation;
    private OperationStep step;
    private java.util.Set<String> uriOptions = java.util.Set.of();
    private ResolvedAuth auth;
    private HostUrl accountsHost;
    private ResponseOptions responseOptions;
    private RequestBuilder requestBuilder;
    private DatabricksClient client;

    public DatabricksEndpoint(String uri, DatabricksComponent component, String operation, DatabricksConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    /** Validates the options and resolves operation and credentials; called once the URI options are set. */
    void resolve() {
        DatabricksComponent component = getComponent();
        if (operation == null || operation.isBlank()) {
            throw new DatabricksConfigurationException("operation", "is missing",
                    "an operation name such as clusters/get, or raw");
        }
        if (RAW.equals(operation)) {
            resolvedOperation = Operation.raw(configuration.getHttpMethod() == null ? "" : configuration.getHttpMethod(),
                    configuration.getPath() == null ? "" : configuration.getPath());
        } else {
            resolvedOperation = component.steps().ownOperation(operation).orElseGet(() ->
                    component.catalogue().require(DatabricksConsumers.canonicalOperation(operation, configuration)));
        }
        OptionValidator.validate(configuration, resolvedOperation, uriOptions, component.steps());
        auth = new CredentialChain(component.getEnvironment()).resolve(configuration);
        accountsHost = HostUrl.parse("accountsHost", configuration.getAccountsHost(), configuration.isAllowInsecureHttp());
        if (resolvedOperation.isAccountScope() && auth.accountId() == null) {
            throw new DatabricksConfigurationException("accountId", "is required by account-scope operation " + operation,
                    "the accountId option, a profile's account_id or DATABRICKS_ACCOUNT_ID");
        }
        responseOptions = new ResponseOptions(OutputType.parse(configuration.getOutputClass(), classLoader()),
                configuration.isPaginate(), configuration.isStreamList());
        requestBuilder = new RequestBuilder(component.objectMapper());
        step = component.steps().bind(resolvedOperation, configuration);
    }

    private ClassLoader classLoader() {
        ClassLoader app = getCamelContext() == null ? null : getCamelContext().getApplicationContextClassLoader();
        return app != null ? app : DatabricksEndpoint.class.getClassLoader();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        DatabricksComponent component = getComponent();
        HttpClient http = component.httpClient(configuration);
        RetryPolicy retryPolicy = RetryPolicy.of(configuration.getMaxRetries(), Duration.ofMillis(configuration.getRetryTimeout()),
                Duration.ofMillis(configuration.getInitialRetryDelay()), Duration.ofMillis(configuration.getMaxRetryDelay()));
        RequestEncoder encoder = new RequestEncoder(component.objectMapper(), "camel-databricks/" + version());
        client = new DatabricksClient(component.callExecutor(http), encoder,
                new RequestEncoder.Target(auth.host(), accountsHost, auth.accountId()), auth.credentials(),
                component.credentialsFactory(http, configuration), retryPolicy, component.rateLimiters(),
                configuration.getRateLimit(), configuration.getMaxQueuedCalls(), Duration.ofMillis(configuration.getRequestTimeout()));
    }

    private static String version() {
        String v = DatabricksEndpoint.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public Producer createProducer() {
        return new DatabricksProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        // Polling consumers (sensors): jobs/runs/list, dbfs/list, fs/directories, clusters/events; others fail naming these.
        Consumer consumer = DatabricksConsumers.create(this, processor, resolvedOperation.name(), configuration, this::client,
                getComponent().objectMapper());
        configureConsumer(consumer);
        return consumer;
    }

    /** The operation for this message: the {@link DatabricksConstants#OPERATION} header, else the endpoint's. */
    Operation operationFor(Exchange exchange) {
        String override = exchange.getMessage().getHeader(DatabricksConstants.OPERATION, String.class);
        if (override == null || override.isBlank() || override.equals(resolvedOperation.name())) {
            return resolvedOperation;
        }
        return getComponent().catalogue().require(override.trim());
    }

    @Override
    public DatabricksComponent getComponent() {
        return (DatabricksComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return auth == null ? null : auth.host().url();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public DatabricksConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(DatabricksConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The options given on this endpoint's URI, as opposed to defaults inherited from the component. */
    void setUriOptions(java.util.Set<String> uriOptions) {
        this.uriOptions = uriOptions;
    }

    Operation resolvedOperation() {
        return resolvedOperation;
    }

    ResolvedAuth auth() {
        return auth;
    }

    ResponseOptions responseOptions() {
        return responseOptions;
    }

    RequestBuilder requestBuilder() {
        return requestBuilder;
    }

    DatabricksClient client() {
        return client;
    }

    /** The step for this message's operation: the endpoint's, or for another operation one with the endpoint's options. */
    OperationStep stepFor(Operation operation) {
        return operation == resolvedOperation ? step : getComponent().steps().bind(operation, configuration);
    }
}
