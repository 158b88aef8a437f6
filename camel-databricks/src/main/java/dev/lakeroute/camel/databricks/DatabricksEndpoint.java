package dev.lakeroute.camel.databricks;

import java.util.Set;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
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
import dev.lakeroute.camel.databricks.catalogue.OperationNames;
import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.consumer.DatabricksConsumers;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.request.RequestDefaults;
import dev.lakeroute.camel.databricks.response.OutputType;
import dev.lakeroute.camel.databricks.response.ResponseOptions;
import dev.lakeroute.camel.databricks.step.OperationStep;

/**
 * Call any Databricks REST operation by name (clusters/get, jobs/runs/submit, unity-catalog/catalogs/list, ...).
 * <p>
 * When created, the endpoint checks its options and resolves its operation, its step (with the step's options)
 * and its credentials; when started, it gets its {@link DatabricksClient} from the component's runtime. It hands
 * the three to its producer or consumer. Its configuration is not changed after creation.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "databricks", title = "Databricks", syntax = "databricks:operation",
             category = { Category.CLOUD, Category.BIGDATA }, headersClass = DatabricksConstants.class)
public class DatabricksEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    static final String RAW = "raw";

    @UriPath(description = "The REST operation: its path below /api/<version>/ without path parameters, with a verb"
                           + " suffix where one path has several methods (clusters/get, dbfs/list, jobs/runs/submit,"
                           + " unity-catalog/catalogs/get, fs/files/upload, accounts/workspaces ...), raw for any"
                           + " method and path, command to run code on a cluster through API 1.2 (contexts and commands), or workflow to"
                           + " keep a job the route defines as one job and run it."
                           + " Old names of operations a Databricks SDK update renamed stay accepted: "
                           + OperationNames.ALIASES + ".",
             enums = OperationNames.ENUMS)
    @Metadata(required = true)
    private String operation;

    @UriParam
    private DatabricksConfiguration configuration;

    private Set<String> uriOptions = Set.of();
    private Operation resolvedOperation;
    private OperationStep step;
    private RequestDefaults requestDefaults;
    private ResponseOptions responseOptions;
    private ResolvedAuth auth;
    private volatile DatabricksClient client;

    public DatabricksEndpoint(String uri, DatabricksComponent component, String operation, DatabricksConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    /** Validates the options and resolves operation, step and credentials; called once the URI options are set. */
    void resolve() {
        DatabricksRuntime runtime = getComponent().runtime();
        if (operation == null || operation.isBlank()) {
            throw new DatabricksConfigurationException("operation", "is missing",
                    "an operation name such as clusters/get, or raw");
        }
        if (RAW.equals(operation)) {
            resolvedOperation = Operation.raw(configuration.getHttpMethod() == null ? "" : configuration.getHttpMethod(),
                    configuration.getPath() == null ? "" : configuration.getPath());
        } else {
            resolvedOperation = runtime.steps().ownOperation(operation)
                    .or(() -> DatabricksConsumers.SQL_SENSORS.stream().filter(op -> op.name().equals(operation)).findFirst())
                    .orElseGet(() -> runtime.catalogue().require(DatabricksConsumers.canonicalOperation(operation)));
        }
        requestDefaults = DatabricksConsumers.requestDefaults(operation, RequestDefaults.of(configuration));
        OptionValidator.validate(configuration, resolvedOperation, uriOptions, requestDefaults, runtime);
        auth = new CredentialChain(getComponent().getEnvironment()).resolve(configuration);
        if (resolvedOperation.isAccountScope() && auth.accountId() == null) {
            throw new DatabricksConfigurationException("accountId", "is required by account-scope operation " + operation,
                    "the accountId option, a profile's account_id or DATABRICKS_ACCOUNT_ID");
        }
        responseOptions = new ResponseOptions(OutputType.parse(configuration.getOutputClass(), classLoader()),
                configuration.isPaginate(), configuration.isStreamList());
        step = runtime.steps().bind(resolvedOperation, configuration);
    }

    private ClassLoader classLoader() {
        ClassLoader app = getCamelContext() == null ? null : getCamelContext().getApplicationContextClassLoader();
        return app != null ? app : DatabricksEndpoint.class.getClassLoader();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getComponent().runtime().client(configuration, auth);
        getComponent().watchWorkspace(configuration, auth);
    }

    @Override
    public Producer createProducer() {
        DatabricksClient started = client;
        if (started == null) {
            throw new IllegalStateException("Endpoint " + getEndpointBaseUri() + " is not started");
        }
        if (DatabricksConsumers.SQL_SENSORS.contains(resolvedOperation)) {
            throw new DatabricksConfigurationException("operation", "databricks:" + operation + " is a sensor",
                    "from(\"databricks:" + operation + "?…\"); in to(), run the query with sql/statements/execute");
        }
        return new DatabricksProducer(this, resolvedOperation, started, step);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        // Polling consumers (sensors): jobs/runs/list, dbfs/list, fs/directories, clusters/events and the SQL sensors; others fail naming these.
        // Camel creates consumers before it starts their endpoint, so the client is handed over as it will be then.
        DatabricksRuntime runtime = getComponent().runtime();
        Consumer consumer = DatabricksConsumers.create(this, processor, resolvedOperation.name(), configuration, () -> client,
                runtime.calls(), runtime::pollScheduler);
        configureConsumer(consumer);
        return consumer;
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
    void setUriOptions(Set<String> uriOptions) {
        this.uriOptions = uriOptions;
    }

    /** The step of the endpoint's operation, with its options. */
    OperationStep step() {
        return step;
    }

    RequestDefaults requestDefaults() {
        return requestDefaults;
    }

    ResponseOptions responseOptions() {
        return responseOptions;
    }
}
