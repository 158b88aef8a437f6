package dev.lakeroute.camel.databricks.dsl;

import java.util.Map;

import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;

/**
 * Endpoint DSL for the Databricks component (databricks:operation): Call any Databricks REST operation by
 * name (clusters/get, jobs/runs/submit, unity-catalog/catalogs/list, ...).
 *
 * Use it in an {@code EndpointRouteBuilder} that implements {@link DatabricksBuilders}, or through {@link
 * #databricks(String)}: {@code
 * to(databricks(DatabricksOperations.JOBS_RUN_NOW).jobId(42).waitForCompletion(true))}. Secret options
 * (azureClientId, azureClientSecret, clientId, clientSecret, password, token, trustStorePassword, username)
 * are sent as {@code RAW(...)}, so no character of the value is decoded and Camel masks them in logs.
 *
 * Generated from databricks.json by EndpointDslGenerator (src/test) - do not edit; EndpointDslInSyncTest
 * regenerates it.
 */
public interface DatabricksEndpointBuilderFactory {

    /** Builder for endpoint consumers for the Databricks component. */
    interface DatabricksEndpointConsumerBuilder extends EndpointConsumerBuilder {

        default AdvancedDatabricksEndpointConsumerBuilder advanced() {
            return (AdvancedDatabricksEndpointConsumerBuilder) this;
        }

        /**
         * Databricks account id, required by account-scope operations (fills {account_id}). Falls back to the
         * profile's account_id, then DATABRICKS_ACCOUNT_ID.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param accountId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder accountId(String accountId) {
            doSetProperty("accountId", accountId);
            return this;
        }

        /**
         * Accounts console URL used by account-scope operations (accounts/...).
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: https://accounts.cloud.databricks.com
         * Group: common
         *
         * @param accountsHost the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder accountsHost(String accountsHost) {
            doSetProperty("accountsHost", accountsHost);
            return this;
        }

        /**
         * API version to call instead of the one the catalogue names: clusters accepts 2.0 or 2.1, jobs 2.0,
         * 2.1 or 2.2; other operations only their catalogue version.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param apiVersion the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * Workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net. A host without scheme gets
         * https://. Plain http:// is accepted only for loopback hosts unless allowInsecureHttp=true. Falls
         * back to the profile's host, then DATABRICKS_HOST.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param host the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder host(String host) {
            doSetProperty("host", host);
            return this;
        }

        /**
         * sql/copy-into: the Delta table to load; sql/partition-sensor and sql/table-version-sensor
         * consumers: the table to watch (catalog.schema.table, or a name the warehouse's current schema
         * resolves).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param table the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder table(String table) {
            doSetProperty("table", table);
            return this;
        }

        /**
         * Consumers: also emit what already existed when the consumer started (runs that had ended, files,
         * events). false emits only what happens afterwards.
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: consumer
         *
         * @param emitExisting the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder emitExisting(boolean emitExisting) {
            doSetProperty("emitExisting", emitExisting);
            return this;
        }

        /**
         * Consumers: also emit what already existed when the consumer started (runs that had ended, files,
         * events). false emits only what happens afterwards.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: consumer
         *
         * @param emitExisting the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder emitExisting(String emitExisting) {
            doSetProperty("emitExisting", emitExisting);
            return this;
        }

        /**
         * clusters/events consumer: only these event types (comma-separated, e.g.
         * RUNNING,TERMINATING,RESIZING).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: consumer
         *
         * @param eventTypes the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder eventTypes(String eventTypes) {
            doSetProperty("eventTypes", eventTypes);
            return this;
        }

        /**
         * Where a consumer remembers what it emitted (run ids, file pathsizemodification time, cluster event
         * timestamptype), so a restart with the same repository does not emit it again: any
         * org.apache.camel.spi.IdempotentRepository (memory, file, JDBC, Kafka ...). Default: an in-memory
         * repository of the consumer's own.
         *
         * The option is a <code>org.apache.camel.spi.IdempotentRepository</code> type.
         * Group: consumer
         *
         * @param idempotentRepository the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder idempotentRepository(org.apache.camel.spi.IdempotentRepository idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /**
         * Where a consumer remembers what it emitted (run ids, file pathsizemodification time, cluster event
         * timestamptype), so a restart with the same repository does not emit it again: any
         * org.apache.camel.spi.IdempotentRepository (memory, file, JDBC, Kafka ...). Default: an in-memory
         * repository of the consumer's own.
         *
         * The option will be converted to a <code>org.apache.camel.spi.IdempotentRepository</code> type.
         * Group: consumer
         *
         * @param idempotentRepository the value to set, converted to
         * org.apache.camel.spi.IdempotentRepository (or a property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder idempotentRepository(String idempotentRepository) {
            doSetProperty("idempotentRepository", idempotentRepository);
            return this;
        }

        /**
         * jobs/runs/list consumer: emit only runs whose result state is one of these (comma-separated:
         * SUCCESS, FAILED, TIMEDOUT, CANCELED, SKIPPED, INTERNAL_ERROR, ...). Unset emits every terminal run.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: consumer
         *
         * @param resultState the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder resultState(String resultState) {
            doSetProperty("resultState", resultState);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message
         * (no body) instead.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: consumer
         *
         * @param sendEmptyMessageWhenIdle the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder sendEmptyMessageWhenIdle(boolean sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * If the polling consumer did not poll any files, you can enable this option to send an empty message
         * (no body) instead.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: consumer
         *
         * @param sendEmptyMessageWhenIdle the value to set, converted to boolean (or a property placeholder,
         * or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder sendEmptyMessageWhenIdle(String sendEmptyMessageWhenIdle) {
            doSetProperty("sendEmptyMessageWhenIdle", sendEmptyMessageWhenIdle);
            return this;
        }

        /**
         * Consumers: emit only what happened at or after this: an ISO-8601 instant (2025-01-31T00:00:00Z) or
         * a duration before the consumer starts (24h, 30m). Compared with a run's end time, a file's
         * modification time, an event's timestamp.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: consumer
         *
         * @param since the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder since(String since) {
            doSetProperty("since", since);
            return this;
        }

        /**
         * sql/sensor consumer: the query to poll on the warehouse (warehouseId). It emits when the query
         * returns rows, once for each distinct result (a new or changed row set); a query that returns no
         * rows is the condition not holding yet.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: consumer
         *
         * @param sql the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder sql(String sql) {
            doSetProperty("sql", sql);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the
         * backoffMultipler should kick-in.
         *
         * The option is a <code>int</code> type.
         * Group: scheduler
         *
         * @param backoffErrorThreshold the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder backoffErrorThreshold(int backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent error polls (failed due some error) that should happen before the
         * backoffMultipler should kick-in.
         *
         * The option will be converted to a <code>int</code> type.
         * Group: scheduler
         *
         * @param backoffErrorThreshold the value to set, converted to int (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder backoffErrorThreshold(String backoffErrorThreshold) {
            doSetProperty("backoffErrorThreshold", backoffErrorThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * The option is a <code>int</code> type.
         * Group: scheduler
         *
         * @param backoffIdleThreshold the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder backoffIdleThreshold(int backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * The number of subsequent idle polls that should happen before the backoffMultipler should kick-in.
         *
         * The option will be converted to a <code>int</code> type.
         * Group: scheduler
         *
         * @param backoffIdleThreshold the value to set, converted to int (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder backoffIdleThreshold(String backoffIdleThreshold) {
            doSetProperty("backoffIdleThreshold", backoffIdleThreshold);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors
         * in a row. The multiplier is then the number of polls that will be skipped before the next actual
         * attempt is happening again. When this option is in use then backoffIdleThreshold and/or
         * backoffErrorThreshold must also be configured.
         *
         * The option is a <code>int</code> type.
         * Group: scheduler
         *
         * @param backoffMultiplier the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder backoffMultiplier(int backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * To let the scheduled polling consumer backoff if there has been a number of subsequent idles/errors
         * in a row. The multiplier is then the number of polls that will be skipped before the next actual
         * attempt is happening again. When this option is in use then backoffIdleThreshold and/or
         * backoffErrorThreshold must also be configured.
         *
         * The option will be converted to a <code>int</code> type.
         * Group: scheduler
         *
         * @param backoffMultiplier the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder backoffMultiplier(String backoffMultiplier) {
            doSetProperty("backoffMultiplier", backoffMultiplier);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         *
         * The option is a <code>long</code> type.
         * Default: 500
         * Group: scheduler
         *
         * @param delay the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder delay(long delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * Milliseconds before the next poll.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 500
         * Group: scheduler
         *
         * @param delay the value to set, converted to long (or a property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder delay(String delay) {
            doSetProperty("delay", delay);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous
         * run polled 1 or more messages.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: scheduler
         *
         * @param greedy the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder greedy(boolean greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * If greedy is enabled, then the ScheduledPollConsumer will run immediately again, if the previous
         * run polled 1 or more messages.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: scheduler
         *
         * @param greedy the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder greedy(String greedy) {
            doSetProperty("greedy", greedy);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: scheduler
         *
         * @param initialDelay the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder initialDelay(long initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Milliseconds before the first poll starts.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: scheduler
         *
         * @param initialDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder initialDelay(String initialDelay) {
            doSetProperty("initialDelay", initialDelay);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire
         * once. If you set it to 5, it will only fire five times. A value of zero or negative means fire
         * forever.
         *
         * The option is a <code>long</code> type.
         * Default: 0
         * Group: scheduler
         *
         * @param repeatCount the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder repeatCount(long repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * Specifies a maximum limit of number of fires. So if you set it to 1, the scheduler will only fire
         * once. If you set it to 5, it will only fire five times. A value of zero or negative means fire
         * forever.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 0
         * Group: scheduler
         *
         * @param repeatCount the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder repeatCount(String repeatCount) {
            doSetProperty("repeatCount", repeatCount);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the
         * logging level for that.
         *
         * The option is a <code>org.apache.camel.LoggingLevel</code> type.
         * Allowed: TRACE, DEBUG, INFO, WARN, ERROR, OFF
         * Default: TRACE
         * Group: scheduler
         *
         * @param runLoggingLevel the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder runLoggingLevel(org.apache.camel.LoggingLevel runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * The consumer logs a start/complete log line when it polls. This option allows you to configure the
         * logging level for that.
         *
         * The option will be converted to a <code>org.apache.camel.LoggingLevel</code> type.
         * Allowed: TRACE, DEBUG, INFO, WARN, ERROR, OFF
         * Default: TRACE
         * Group: scheduler
         *
         * @param runLoggingLevel the value to set, converted to org.apache.camel.LoggingLevel (or a property
         * placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder runLoggingLevel(String runLoggingLevel) {
            doSetProperty("runLoggingLevel", runLoggingLevel);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each
         * consumer has its own single threaded thread pool.
         *
         * The option is a <code>java.util.concurrent.ScheduledExecutorService</code> type.
         * Group: scheduler
         *
         * @param scheduledExecutorService the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder scheduledExecutorService(java.util.concurrent.ScheduledExecutorService scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * Allows for configuring a custom/shared thread pool to use for the consumer. By default each
         * consumer has its own single threaded thread pool.
         *
         * The option will be converted to a <code>java.util.concurrent.ScheduledExecutorService</code> type.
         * Group: scheduler
         *
         * @param scheduledExecutorService the value to set, converted to
         * java.util.concurrent.ScheduledExecutorService (or a property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder scheduledExecutorService(String scheduledExecutorService) {
            doSetProperty("scheduledExecutorService", scheduledExecutorService);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or
         * quartz for built in scheduler
         *
         * The option is a <code>java.lang.Object</code> type.
         * Default: none
         * Group: scheduler
         *
         * @param scheduler the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder scheduler(java.lang.Object scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To use a cron scheduler from either camel-spring or camel-quartz component. Use value spring or
         * quartz for built in scheduler
         *
         * The option will be converted to a <code>java.lang.Object</code> type.
         * Default: none
         * Group: scheduler
         *
         * @param scheduler the value to set, converted to java.lang.Object (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder scheduler(String scheduler) {
            doSetProperty("scheduler", scheduler);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as scheduler.* parameters.
         * Group: scheduler
         *
         * Adds one entry: {@code schedulerProperties("k", v)} renders {@code scheduler.k=v}.
         *
         * @param key the key, without the scheduler. prefix
         * @param value the value
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder schedulerProperties(String key, Object value) {
            doSetMultiValueProperty("schedulerProperties", "scheduler." + key, value);
            return this;
        }

        /**
         * To configure additional properties when using a custom scheduler or any of the Quartz, Spring based
         * scheduler. This is a multi-value option with prefix: scheduler.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as scheduler.* parameters.
         * Group: scheduler
         *
         * Adds every entry of {@code values}, each with the scheduler. prefix.
         *
         * @param values the entries, keys without the prefix
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder schedulerProperties(Map<String, Object> values) {
            doSetMultiValueProperties("schedulerProperties", "scheduler.", values);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: scheduler
         *
         * @param startScheduler the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder startScheduler(boolean startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Whether the scheduler should be auto started.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: scheduler
         *
         * @param startScheduler the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder startScheduler(String startScheduler) {
            doSetProperty("startScheduler", startScheduler);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * The option is a <code>java.util.concurrent.TimeUnit</code> type.
         * Allowed: NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS
         * Default: MILLISECONDS
         * Group: scheduler
         *
         * @param timeUnit the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder timeUnit(java.util.concurrent.TimeUnit timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Time unit for initialDelay and delay options.
         *
         * The option will be converted to a <code>java.util.concurrent.TimeUnit</code> type.
         * Allowed: NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS
         * Default: MILLISECONDS
         * Group: scheduler
         *
         * @param timeUnit the value to set, converted to java.util.concurrent.TimeUnit (or a property
         * placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder timeUnit(String timeUnit) {
            doSetProperty("timeUnit", timeUnit);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: scheduler
         *
         * @param useFixedDelay the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder useFixedDelay(boolean useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Controls if fixed delay or fixed rate is used. See ScheduledExecutorService in JDK for details.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: scheduler
         *
         * @param useFixedDelay the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder useFixedDelay(String useFixedDelay) {
            doSetProperty("useFixedDelay", useFixedDelay);
            return this;
        }

        /**
         * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param allowInsecureHttp the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Use only this authentication method (the SDKs' auth_type; DATABRICKS_AUTH_TYPE when unset); by
         * default the first one configured, in the SDKs' order.
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: pat, basic, oauth-m2m, env-oidc, file-oidc, github-oidc, azure-devops-oidc, azure-msi,
         * azure-client-secret, azure-cli, databricks-cli, google-id
         * Group: security
         *
         * @param authType the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder authType(String authType) {
            doSetProperty("authType", authType);
            return this;
        }

        /**
         * Azure AD service principal (application) id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param azureClientId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureClientId(String azureClientId) {
            doSetProperty("azureClientId", raw(azureClientId));
            return this;
        }

        /**
         * Azure AD service principal secret.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param azureClientSecret the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureClientSecret(String azureClientSecret) {
            doSetProperty("azureClientSecret", raw(azureClientSecret));
            return this;
        }

        /**
         * Azure AD login host (change for sovereign clouds).
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: https://login.microsoftonline.com
         * Group: security
         *
         * @param azureLoginHost the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureLoginHost(String azureLoginHost) {
            doSetProperty("azureLoginHost", azureLoginHost);
            return this;
        }

        /**
         * Azure instance metadata service token endpoint used for managed identity.
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: http://169.254.169.254/metadata/identity/oauth2/token
         * Group: security
         *
         * @param azureMsiEndpoint the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureMsiEndpoint(String azureMsiEndpoint) {
            doSetProperty("azureMsiEndpoint", azureMsiEndpoint);
            return this;
        }

        /**
         * Azure AD tenant id of the service principal.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param azureTenantId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureTenantId(String azureTenantId) {
            doSetProperty("azureTenantId", azureTenantId);
            return this;
        }

        /**
         * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when
         * unset. azureClientId picks a user-assigned identity.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param azureUseMsi the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureUseMsi(boolean azureUseMsi) {
            doSetProperty("azureUseMsi", azureUseMsi);
            return this;
        }

        /**
         * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when
         * unset. azureClientId picks a user-assigned identity.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param azureUseMsi the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder azureUseMsi(String azureUseMsi) {
            doSetProperty("azureUseMsi", azureUseMsi);
            return this;
        }

        /**
         * OAuth machine-to-machine client id (service principal application id).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder clientId(String clientId) {
            doSetProperty("clientId", raw(clientId));
            return this;
        }

        /**
         * OAuth machine-to-machine client secret.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", raw(clientSecret));
            return this;
        }

        /**
         * Path of the Databricks config file; defaults to DATABRICKS_CONFIG_FILE, then /.databrickscfg.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param configFile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder configFile(String configFile) {
            doSetProperty("configFile", configFile);
            return this;
        }

        /**
         * Path of the databricks CLI executable (databricks-cli); DATABRICKS_CLI_PATH, then databricks on
         * PATH.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param databricksCliPath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder databricksCliPath(String databricksCliPath) {
            doSetProperty("databricksCliPath", databricksCliPath);
            return this;
        }

        /**
         * Google service account whose ID token authenticates (google-id, from the GCE metadata server;
         * GCE_METADATA_HOST overrides its host); DATABRICKS_GOOGLE_SERVICE_ACCOUNT when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param googleServiceAccount the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder googleServiceAccount(String googleServiceAccount) {
            doSetProperty("googleServiceAccount", googleServiceAccount);
            return this;
        }

        /**
         * Path of the netrc file used as last resort (machine entry for the host, Basic auth); defaults to
         * NETRC, then /.netrc.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param netrcFile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder netrcFile(String netrcFile) {
            doSetProperty("netrcFile", netrcFile);
            return this;
        }

        /**
         * Name of the environment variable holding the workload's OIDC token (env-oidc);
         * DATABRICKS_OIDC_TOKEN_ENV, then DATABRICKS_OIDC_TOKEN.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param oidcTokenEnv the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder oidcTokenEnv(String oidcTokenEnv) {
            doSetProperty("oidcTokenEnv", oidcTokenEnv);
            return this;
        }

        /**
         * File holding the workload's OIDC token, e.g. a Kubernetes service account token (file-oidc);
         * DATABRICKS_OIDC_TOKEN_FILEPATH when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param oidcTokenFilepath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder oidcTokenFilepath(String oidcTokenFilepath) {
            doSetProperty("oidcTokenFilepath", oidcTokenFilepath);
            return this;
        }

        /**
         * Password (or token) for HTTP Basic authentication.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param password the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder password(String password) {
            doSetProperty("password", raw(password));
            return this;
        }

        /**
         * Profile (section) of /.databrickscfg to read host and credentials from; DATABRICKS_CONFIG_PROFILE
         * is used when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param profile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder profile(String profile) {
            doSetProperty("profile", profile);
            return this;
        }

        /**
         * Personal access token or any bearer token.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param token the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder token(String token) {
            doSetProperty("token", raw(token));
            return this;
        }

        /**
         * Audience to request the workload's OIDC token for (TOKEN_AUDIENCE); by default the account id for
         * account calls, else the workspace token endpoint.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param tokenAudience the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder tokenAudience(String tokenAudience) {
            doSetProperty("tokenAudience", tokenAudience);
            return this;
        }

        /**
         * Trust store file (PKCS12 or JKS) with the CAs to trust instead of the JVM default ones. TLS
         * verification stays on.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param trustStore the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder trustStore(String trustStore) {
            doSetProperty("trustStore", trustStore);
            return this;
        }

        /**
         * Password of the trust store.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param trustStorePassword the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder trustStorePassword(String trustStorePassword) {
            doSetProperty("trustStorePassword", raw(trustStorePassword));
            return this;
        }

        /**
         * Trust store type (PKCS12 or JKS); defaults to the JVM's default type.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param trustStoreType the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder trustStoreType(String trustStoreType) {
            doSetProperty("trustStoreType", trustStoreType);
            return this;
        }

        /**
         * User name for HTTP Basic authentication (API 1.2's documented way).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param username the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointConsumerBuilder username(String username) {
            doSetProperty("username", raw(username));
            return this;
        }
    }

    /** Advanced builder for endpoint consumers for the Databricks component. */
    interface AdvancedDatabricksEndpointConsumerBuilder extends EndpointConsumerBuilder {

        default DatabricksEndpointConsumerBuilder basic() {
            return (DatabricksEndpointConsumerBuilder) this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes,
         * will now be processed as a message and handled by the routing Error Handler. Important: This is
         * only possible if the 3rd party component allows Camel to be alerted if an exception was thrown.
         * Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In
         * other situations we may improve the Camel component to hook into the 3rd party component and make
         * this possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: consumer (advanced)
         *
         * @param bridgeErrorHandler the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder bridgeErrorHandler(boolean bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if
         * possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes,
         * will now be processed as a message and handled by the routing Error Handler. Important: This is
         * only possible if the 3rd party component allows Camel to be alerted if an exception was thrown.
         * Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In
         * other situations we may improve the Camel component to hook into the 3rd party component and make
         * this possible for future releases. By default the consumer will use the
         * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR
         * level and ignored.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: consumer (advanced)
         *
         * @param bridgeErrorHandler the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder bridgeErrorHandler(String bridgeErrorHandler) {
            doSetProperty("bridgeErrorHandler", bridgeErrorHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is
         * enabled then this option is not in use. By default the consumer will deal with exceptions, that
         * will be logged at WARN or ERROR level and ignored.
         *
         * The option is a <code>org.apache.camel.spi.ExceptionHandler</code> type.
         * Group: consumer (advanced)
         *
         * @param exceptionHandler the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder exceptionHandler(org.apache.camel.spi.ExceptionHandler exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * To let the consumer use a custom ExceptionHandler. Notice if the option bridgeErrorHandler is
         * enabled then this option is not in use. By default the consumer will deal with exceptions, that
         * will be logged at WARN or ERROR level and ignored.
         *
         * The option will be converted to a <code>org.apache.camel.spi.ExceptionHandler</code> type.
         * Group: consumer (advanced)
         *
         * @param exceptionHandler the value to set, converted to org.apache.camel.spi.ExceptionHandler (or a
         * property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder exceptionHandler(String exceptionHandler) {
            doSetProperty("exceptionHandler", exceptionHandler);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * The option is a <code>org.apache.camel.ExchangePattern</code> type.
         * Allowed: InOnly, InOut
         * Group: consumer (advanced)
         *
         * @param exchangePattern the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder exchangePattern(org.apache.camel.ExchangePattern exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * Sets the exchange pattern when the consumer creates an exchange.
         *
         * The option will be converted to a <code>org.apache.camel.ExchangePattern</code> type.
         * Allowed: InOnly, InOut
         * Group: consumer (advanced)
         *
         * @param exchangePattern the value to set, converted to org.apache.camel.ExchangePattern (or a
         * property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder exchangePattern(String exchangePattern) {
            doSetProperty("exchangePattern", exchangePattern);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an
         * Exchange have been created and being routed in Camel.
         *
         * The option is a <code>org.apache.camel.spi.PollingConsumerPollStrategy</code> type.
         * Group: consumer (advanced)
         *
         * @param pollStrategy the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder pollStrategy(org.apache.camel.spi.PollingConsumerPollStrategy pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * A pluggable org.apache.camel.PollingConsumerPollingStrategy allowing you to provide your custom
         * implementation to control error handling usually occurred during the poll operation before an
         * Exchange have been created and being routed in Camel.
         *
         * The option will be converted to a <code>org.apache.camel.spi.PollingConsumerPollStrategy</code>
         * type.
         * Group: consumer (advanced)
         *
         * @param pollStrategy the value to set, converted to org.apache.camel.spi.PollingConsumerPollStrategy
         * (or a property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder pollStrategy(String pollStrategy) {
            doSetProperty("pollStrategy", pollStrategy);
            return this;
        }

        /**
         * Timeout to establish a connection.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Timeout to establish a connection.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param initialRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder initialRetryDelay(long initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param initialRetryDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder initialRetryDelay(String initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * Largest delay between two polls of a long-running operation.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxPollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxPollInterval(long maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * Largest delay between two polls of a long-running operation.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxPollInterval the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxPollInterval(String maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * With rateLimit: the most calls that may wait for their turn per host and operation family; one more
         * fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait
         * its turn.
         *
         * The option is a <code>int</code> type.
         * Default: 0
         * Group: advanced
         *
         * @param maxQueuedCalls the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxQueuedCalls(int maxQueuedCalls) {
            doSetProperty("maxQueuedCalls", maxQueuedCalls);
            return this;
        }

        /**
         * With rateLimit: the most calls that may wait for their turn per host and operation family; one more
         * fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait
         * its turn.
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 0
         * Group: advanced
         *
         * @param maxQueuedCalls the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxQueuedCalls(String maxQueuedCalls) {
            doSetProperty("maxQueuedCalls", maxQueuedCalls);
            return this;
        }

        /**
         * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
         *
         * The option is a <code>int</code> type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Largest backoff delay between two attempts.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxRetryDelay(long maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * Largest backoff delay between two attempts.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxRetryDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder maxRetryDelay(String maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * First delay between two polls of a long-running operation (command, run, cluster, statement,
         * library); grows up to maxPollInterval.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param pollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder pollInterval(long pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * First delay between two polls of a long-running operation (command, run, cluster, statement,
         * library); grows up to maxPollInterval.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param pollInterval the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder pollInterval(String pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
         * shared by all endpoints of the component. 0 disables it.
         *
         * The option is a <code>double</code> type.
         * Default: 0.0
         * Group: advanced
         *
         * @param rateLimit the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder rateLimit(double rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
         * shared by all endpoints of the component. 0 disables it.
         *
         * The option will be converted to a <code>double</code> type.
         * Default: 0.0
         * Group: advanced
         *
         * @param rateLimit the value to set, converted to double (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder rateLimit(String rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Timeout for one HTTP exchange (each attempt).
         *
         * The option is a <code>long</code> type.
         * Default: 60000
         * Group: advanced
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Timeout for one HTTP exchange (each attempt).
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 60000
         * Group: advanced
         *
         * @param requestTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Upper bound on the time spent retrying one call, including Retry-After waits.
         *
         * The option is a <code>long</code> type.
         * Default: 300000
         * Group: advanced
         *
         * @param retryTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder retryTimeout(long retryTimeout) {
            doSetProperty("retryTimeout", retryTimeout);
            return this;
        }

        /**
         * Upper bound on the time spent retrying one call, including Retry-After waits.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 300000
         * Group: advanced
         *
         * @param retryTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder retryTimeout(String retryTimeout) {
            doSetProperty("retryTimeout", retryTimeout);
            return this;
        }

        /**
         * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is
         * logged at INFO: once then, on every state change after that and once a minute; shorter waits log at
         * DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param waitLogThreshold the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder waitLogThreshold(long waitLogThreshold) {
            doSetProperty("waitLogThreshold", waitLogThreshold);
            return this;
        }

        /**
         * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is
         * logged at INFO: once then, on every state change after that and once a minute; shorter waits log at
         * DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param waitLogThreshold the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointConsumerBuilder waitLogThreshold(String waitLogThreshold) {
            doSetProperty("waitLogThreshold", waitLogThreshold);
            return this;
        }
    }

    /** Builder for endpoint producers for the Databricks component. */
    interface DatabricksEndpointProducerBuilder extends EndpointProducerBuilder {

        default AdvancedDatabricksEndpointProducerBuilder advanced() {
            return (AdvancedDatabricksEndpointProducerBuilder) this;
        }

        /**
         * Databricks account id, required by account-scope operations (fills {account_id}). Falls back to the
         * profile's account_id, then DATABRICKS_ACCOUNT_ID.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param accountId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder accountId(String accountId) {
            doSetProperty("accountId", accountId);
            return this;
        }

        /**
         * Accounts console URL used by account-scope operations (accounts/...).
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: https://accounts.cloud.databricks.com
         * Group: common
         *
         * @param accountsHost the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder accountsHost(String accountsHost) {
            doSetProperty("accountsHost", accountsHost);
            return this;
        }

        /**
         * API version to call instead of the one the catalogue names: clusters accepts 2.0 or 2.1, jobs 2.0,
         * 2.1 or 2.2; other operations only their catalogue version.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param apiVersion the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * Workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net. A host without scheme gets
         * https://. Plain http:// is accepted only for loopback hosts unless allowInsecureHttp=true. Falls
         * back to the profile's host, then DATABRICKS_HOST.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param host the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder host(String host) {
            doSetProperty("host", host);
            return this;
        }

        /**
         * sql/copy-into: the Delta table to load; sql/partition-sensor and sql/table-version-sensor
         * consumers: the table to watch (catalog.schema.table, or a name the warehouse's current schema
         * resolves).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param table the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder table(String table) {
            doSetProperty("table", table);
            return this;
        }

        /**
         * databricks:command: start the cluster when it is TERMINATED and wait until it is RUNNING before
         * creating the execution context.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param autoStart the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder autoStart(boolean autoStart) {
            doSetProperty("autoStart", autoStart);
            return this;
        }

        /**
         * databricks:command: start the cluster when it is TERMINATED and wait until it is RUNNING before
         * creating the execution context.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param autoStart the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder autoStart(String autoStart) {
            doSetProperty("autoStart", autoStart);
            return this;
        }

        /**
         * A business key (order number, batch date ...) sent as the camel_business_key query tag of
         * sql/statements/execute; the CamelDatabricksBusinessKey header overrides it per message.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param businessKey the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder businessKey(String businessKey) {
            doSetProperty("businessKey", businessKey);
            return this;
        }

        /**
         * sql/statements/execute: send the Camel context as query_tags camel_route_id, camel_exchange_id and
         * camel_business_key (the CamelDatabricksBusinessKey header, else the businessKey option); query tags
         * the request already has win. (jobs/runs/submit and jobs/run-now have no tag field;
         * databricks:workflow always tags its job with camel_route_id and camel_definition_hash.)
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param camelTags the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder camelTags(boolean camelTags) {
            doSetProperty("camelTags", camelTags);
            return this;
        }

        /**
         * sql/statements/execute: send the Camel context as query_tags camel_route_id, camel_exchange_id and
         * camel_business_key (the CamelDatabricksBusinessKey header, else the businessKey option); query tags
         * the request already has win. (jobs/runs/submit and jobs/run-now have no tag field;
         * databricks:workflow always tags its job with camel_route_id and camel_definition_hash.)
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param camelTags the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder camelTags(String camelTags) {
            doSetProperty("camelTags", camelTags);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the runs still
         * being waited for when the route stops.
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param cancelOnStop the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder cancelOnStop(boolean cancelOnStop) {
            doSetProperty("cancelOnStop", cancelOnStop);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the runs still
         * being waited for when the route stops.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param cancelOnStop the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder cancelOnStop(String cancelOnStop) {
            doSetProperty("cancelOnStop", cancelOnStop);
            return this;
        }

        /**
         * Runs (jobs/runs/submit, jobs/run-now) and SQL statements: when the wait gives up (runTimeout,
         * waitTimeout), cancel the run or statement this exchange started, so nothing keeps running unseen.
         * false leaves it running; the exception and the CamelDatabricksRemoteState header then say RUNNING.
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param cancelOnTimeout the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder cancelOnTimeout(boolean cancelOnTimeout) {
            doSetProperty("cancelOnTimeout", cancelOnTimeout);
            return this;
        }

        /**
         * Runs (jobs/runs/submit, jobs/run-now) and SQL statements: when the wait gives up (runTimeout,
         * waitTimeout), cancel the run or statement this exchange started, so nothing keeps running unseen.
         * false leaves it running; the exception and the CamelDatabricksRemoteState header then say RUNNING.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param cancelOnTimeout the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder cancelOnTimeout(String cancelOnTimeout) {
            doSetProperty("cancelOnTimeout", cancelOnTimeout);
            return this;
        }

        /**
         * jobs/run-now and databricks:workflow: first cancel the job's active runs (jobs/runs/cancel-all) and
         * wait until they ended (at most waitTimeout), then start the new run.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param cancelPreviousRuns the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder cancelPreviousRuns(boolean cancelPreviousRuns) {
            doSetProperty("cancelPreviousRuns", cancelPreviousRuns);
            return this;
        }

        /**
         * jobs/run-now and databricks:workflow: first cancel the job's active runs (jobs/runs/cancel-all) and
         * wait until they ended (at most waitTimeout), then start the new run.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param cancelPreviousRuns the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder cancelPreviousRuns(String cancelPreviousRuns) {
            doSetProperty("cancelPreviousRuns", cancelPreviousRuns);
            return this;
        }

        /**
         * Unity Catalog catalog name, sent as catalog_name.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param catalogName the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder catalogName(String catalogName) {
            doSetProperty("catalogName", catalogName);
            return this;
        }

        /**
         * Cluster id, sent as cluster_id (clusterId for API 1.2 operations).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param clusterId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder clusterId(String clusterId) {
            doSetProperty("clusterId", clusterId);
            return this;
        }

        /**
         * API 1.2 command id (commandId).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param commandId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder commandId(String commandId) {
            doSetProperty("commandId", commandId);
            return this;
        }

        /**
         * databricks:command: cancel the command (commands/cancel) and fail the exchange when it has not
         * finished after this long. 0 waits without limit.
         *
         * The option is a <code>long</code> type.
         * Default: 0
         * Group: producer
         *
         * @param commandTimeout the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder commandTimeout(long commandTimeout) {
            doSetProperty("commandTimeout", commandTimeout);
            return this;
        }

        /**
         * databricks:command: cancel the command (commands/cancel) and fail the exchange when it has not
         * finished after this long. 0 waits without limit.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 0
         * Group: producer
         *
         * @param commandTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder commandTimeout(String commandTimeout) {
            doSetProperty("commandTimeout", commandTimeout);
            return this;
        }

        /**
         * API 1.2 execution context id (contextId).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param contextId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder contextId(String contextId) {
            doSetProperty("contextId", contextId);
            return this;
        }

        /**
         * databricks:command: shared = one execution context per endpoint, created lazily, re-created when
         * the cluster lost it and destroyed when the route stops; perExchange = a context created and
         * destroyed around each message; header = the context named by the CamelDatabricksContextId header
         * (the route owns it).
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: shared, perExchange, header
         * Default: shared
         * Group: producer
         *
         * @param contextPolicy the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder contextPolicy(String contextPolicy) {
            doSetProperty("contextPolicy", contextPolicy);
            return this;
        }

        /**
         * sql/copy-into: COPY INTO's COPY_OPTIONS, e.g. copyOptions.force=true (load files again) or
         * copyOptions.mergeSchema=true. This is a multi-value option with prefix: copyOptions.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as copyOptions.* parameters.
         * Group: producer
         *
         * Adds one entry: {@code copyOptions("k", v)} renders {@code copyOptions.k=v}.
         *
         * @param key the key, without the copyOptions. prefix
         * @param value the value
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder copyOptions(String key, Object value) {
            doSetMultiValueProperty("copyOptions", "copyOptions." + key, value);
            return this;
        }

        /**
         * sql/copy-into: COPY INTO's COPY_OPTIONS, e.g. copyOptions.force=true (load files again) or
         * copyOptions.mergeSchema=true. This is a multi-value option with prefix: copyOptions.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as copyOptions.* parameters.
         * Group: producer
         *
         * Adds every entry of {@code values}, each with the copyOptions. prefix.
         *
         * @param values the entries, keys without the prefix
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder copyOptions(Map<String, Object> values) {
            doSetMultiValueProperties("copyOptions", "copyOptions.", values);
            return this;
        }

        /**
         * databricks:workflow: the job definition (jobs/create settings: name, tasks with depends_on and
         * run_if, job_clusters ...): a resource (classpath:workflows/nightly.json, file:...) holding its
         * JSON, or a bean (#nightly) that is a Map, a JSON String or a DatabricksWorkflow. Unset, the message
         * body is the definition.
         *
         * The option is a <code>java.lang.Object</code> type.
         * Group: producer
         *
         * @param definition the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder definition(java.lang.Object definition) {
            doSetProperty("definition", definition);
            return this;
        }

        /**
         * databricks:workflow: the job definition (jobs/create settings: name, tasks with depends_on and
         * run_if, job_clusters ...): a resource (classpath:workflows/nightly.json, file:...) holding its
         * JSON, or a bean (#nightly) that is a Map, a JSON String or a DatabricksWorkflow. Unset, the message
         * body is the definition.
         *
         * The option will be converted to a <code>java.lang.Object</code> type.
         * Group: producer
         *
         * @param definition the value to set, converted to java.lang.Object (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder definition(String definition) {
            doSetProperty("definition", definition);
            return this;
        }

        /**
         * MLflow experiment id, sent as experiment_id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param experimentId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder experimentId(String experimentId) {
            doSetProperty("experimentId", experimentId);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now and jobs/runs/repair: after a successful run, return
         * jobs/runs/get-output as the body (for runs of several tasks, a Map of task_key to that task's
         * output).
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param fetchOutput the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder fetchOutput(boolean fetchOutput) {
            doSetProperty("fetchOutput", fetchOutput);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now and jobs/runs/repair: after a successful run, return
         * jobs/runs/get-output as the body (for runs of several tasks, a Map of task_key to that task's
         * output).
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param fetchOutput the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder fetchOutput(String fetchOutput) {
            doSetProperty("fetchOutput", fetchOutput);
            return this;
        }

        /**
         * sql/copy-into: the files' format, COPY INTO's FILEFORMAT.
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: CSV, JSON, PARQUET, AVRO, ORC, TEXT, BINARYFILE
         * Group: producer
         *
         * @param fileFormat the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder fileFormat(String fileFormat) {
            doSetProperty("fileFormat", fileFormat);
            return this;
        }

        /**
         * sql/copy-into: where the files are (dbfs:/..., /Volumes/..., s3://...), COPY INTO's FROM location.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param fileLocation the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder fileLocation(String fileLocation) {
            doSetProperty("fileLocation", fileLocation);
            return this;
        }

        /**
         * sql/copy-into: COPY INTO's FORMAT_OPTIONS, e.g.
         * formatOptions.header=true&amp;formatOptions.inferSchema=true. This is a multi-value option with
         * prefix: formatOptions.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as formatOptions.* parameters.
         * Group: producer
         *
         * Adds one entry: {@code formatOptions("k", v)} renders {@code formatOptions.k=v}.
         *
         * @param key the key, without the formatOptions. prefix
         * @param value the value
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder formatOptions(String key, Object value) {
            doSetMultiValueProperty("formatOptions", "formatOptions." + key, value);
            return this;
        }

        /**
         * sql/copy-into: COPY INTO's FORMAT_OPTIONS, e.g.
         * formatOptions.header=true&amp;formatOptions.inferSchema=true. This is a multi-value option with
         * prefix: formatOptions.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as formatOptions.* parameters.
         * Group: producer
         *
         * Adds every entry of {@code values}, each with the formatOptions. prefix.
         *
         * @param values the entries, keys without the prefix
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder formatOptions(Map<String, Object> values) {
            doSetMultiValueProperties("formatOptions", "formatOptions.", values);
            return this;
        }

        /**
         * Send API 1.2 POST operations form-encoded (application/x-www-form-urlencoded) instead of JSON; both
         * are accepted by Databricks.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param formEncoding the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder formEncoding(boolean formEncoding) {
            doSetProperty("formEncoding", formEncoding);
            return this;
        }

        /**
         * Send API 1.2 POST operations form-encoded (application/x-www-form-urlencoded) instead of JSON; both
         * are accepted by Databricks.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param formEncoding the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder formEncoding(String formEncoding) {
            doSetProperty("formEncoding", formEncoding);
            return this;
        }

        /**
         * Unity Catalog full name, sent as full_name (e.g. main.default).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param fullName the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder fullName(String fullName) {
            doSetProperty("fullName", fullName);
            return this;
        }

        /**
         * HTTP method of databricks:raw.
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: GET, POST, PUT, PATCH, DELETE, HEAD
         * Group: producer
         *
         * @param httpMethod the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder httpMethod(String httpMethod) {
            doSetProperty("httpMethod", httpMethod);
            return this;
        }

        /**
         * Instance pool id, sent as instance_pool_id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param instancePoolId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder instancePoolId(String instancePoolId) {
            doSetProperty("instancePoolId", instancePoolId);
            return this;
        }

        /**
         * Job id, sent as job_id.
         *
         * The option is a <code>java.lang.Long</code> type.
         * Group: producer
         *
         * @param jobId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder jobId(long jobId) {
            doSetProperty("jobId", jobId);
            return this;
        }

        /**
         * Job id, sent as job_id.
         *
         * The option will be converted to a <code>java.lang.Long</code> type.
         * Group: producer
         *
         * @param jobId the value to set, converted to long (or a property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder jobId(String jobId) {
            doSetProperty("jobId", jobId);
            return this;
        }

        /**
         * jobs/run-now: the name of the job to run, looked up with jobs/listname= (whole name, ignoring
         * case); no job or several of that name fail the message, naming their ids. Instead of jobId.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param jobName the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder jobName(String jobName) {
            doSetProperty("jobName", jobName);
            return this;
        }

        /**
         * Secret key name, sent as key.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param key the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder key(String key) {
            doSetProperty("key", key);
            return this;
        }

        /**
         * Language of databricks:command and the language field of API 1.2 contexts/create and
         * commands/execute: scala, python, sql or r. The URI may also call it lang
         * (databricks:commandlang=scala).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param language the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder language(String language) {
            doSetProperty("language", language);
            return this;
        }

        /**
         * dbfs/read and fs/files/download: local file to write the content to; the body is then that
         * java.io.File. Unset, small files (up to 1 MiB) become byte and larger ones an InputStream over a
         * temporary file deleted on close.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param localPath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder localPath(String localPath) {
            doSetProperty("localPath", localPath);
            return this;
        }

        /**
         * The operation's name field or {name} path parameter (Unity Catalog catalogs and volumes, serving
         * endpoints, ...).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param name the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder name(String name) {
            doSetProperty("name", name);
            return this;
        }

        /**
         * Type of the response body: Map or List (default, parsed JSON), String (the raw JSON text),
         * JsonNode, byte, or a fully qualified class name to bind the JSON to.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param outputClass the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder outputClass(String outputClass) {
            doSetProperty("outputClass", outputClass);
            return this;
        }

        /**
         * Overwrite an existing file (dbfs/put, dbfs/create, fs/files/upload), sent as overwrite.
         *
         * The option is a <code>java.lang.Boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param overwrite the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder overwrite(boolean overwrite) {
            doSetProperty("overwrite", overwrite);
            return this;
        }

        /**
         * Overwrite an existing file (dbfs/put, dbfs/create, fs/files/upload), sent as overwrite.
         *
         * The option will be converted to a <code>java.lang.Boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param overwrite the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder overwrite(String overwrite) {
            doSetProperty("overwrite", overwrite);
            return this;
        }

        /**
         * Follow all pages (next_page_token, has_more with offset, or SCIM startIndex) and return all items
         * as one List.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param paginate the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder paginate(boolean paginate) {
            doSetProperty("paginate", paginate);
            return this;
        }

        /**
         * Follow all pages (next_page_token, has_more with offset, or SCIM startIndex) and return all items
         * as one List.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param paginate the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder paginate(String paginate) {
            doSetProperty("paginate", paginate);
            return this;
        }

        /**
         * Extra request fields passed verbatim: param.page_size=10 sends page_size. They go where the
         * operation expects them: path parameter, query string or JSON body. This is a multi-value option
         * with prefix: param.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as param.* parameters.
         * Group: producer
         *
         * Adds one entry: {@code params("k", v)} renders {@code param.k=v}.
         *
         * @param key the key, without the param. prefix
         * @param value the value
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder params(String key, Object value) {
            doSetMultiValueProperty("params", "param." + key, value);
            return this;
        }

        /**
         * Extra request fields passed verbatim: param.page_size=10 sends page_size. They go where the
         * operation expects them: path parameter, query string or JSON body. This is a multi-value option
         * with prefix: param.
         *
         * The option is a <code>java.util.Map&lt;java.lang.String, java.lang.Object&gt;</code> type, rendered
         * as param.* parameters.
         * Group: producer
         *
         * Adds every entry of {@code values}, each with the param. prefix.
         *
         * @param values the entries, keys without the prefix
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder params(Map<String, Object> values) {
            doSetMultiValueProperties("params", "param.", values);
            return this;
        }

        /**
         * The operation's path field (DBFS, workspace, repos, ...). For databricks:raw, the request path,
         * e.g. /api/2.0/clusters/list.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param path the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder path(String path) {
            doSetProperty("path", path);
            return this;
        }

        /**
         * Pipeline id, sent as pipeline_id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param pipelineId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder pipelineId(String pipelineId) {
            doSetProperty("pipelineId", pipelineId);
            return this;
        }

        /**
         * Cluster policy id, sent as policy_id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param policyId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder policyId(String policyId) {
            doSetProperty("policyId", policyId);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: when the run ends with
         * failed tasks, repair it (jobs/runs/repair with rerun_all_failed_tasks) and wait again, up to this
         * many times. The DatabricksRunFailedException after the last attempt lists every attempt's failed
         * tasks. Cancelled and skipped runs are not repaired.
         *
         * The option is a <code>int</code> type.
         * Default: 0
         * Group: producer
         *
         * @param repairAttempts the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder repairAttempts(int repairAttempts) {
            doSetProperty("repairAttempts", repairAttempts);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: when the run ends with
         * failed tasks, repair it (jobs/runs/repair with rerun_all_failed_tasks) and wait again, up to this
         * many times. The DatabricksRunFailedException after the last attempt lists every attempt's failed
         * tasks. Cancelled and skipped runs are not repaired.
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 0
         * Group: producer
         *
         * @param repairAttempts the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder repairAttempts(String repairAttempts) {
            doSetProperty("repairAttempts", repairAttempts);
            return this;
        }

        /**
         * Run id, sent as run_id.
         *
         * The option is a <code>java.lang.Long</code> type.
         * Group: producer
         *
         * @param runId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder runId(long runId) {
            doSetProperty("runId", runId);
            return this;
        }

        /**
         * Run id, sent as run_id.
         *
         * The option will be converted to a <code>java.lang.Long</code> type.
         * Group: producer
         *
         * @param runId the value to set, converted to long (or a property placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder runId(String runId) {
            doSetProperty("runId", runId);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the run
         * (jobs/runs/cancel) and fail the exchange when it has not ended after this long (each repair gets
         * this long again). 0 waits without limit.
         *
         * The option is a <code>long</code> type.
         * Default: 0
         * Group: producer
         *
         * @param runTimeout the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder runTimeout(long runTimeout) {
            doSetProperty("runTimeout", runTimeout);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: cancel the run
         * (jobs/runs/cancel) and fail the exchange when it has not ended after this long (each repair gets
         * this long again). 0 waits without limit.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 0
         * Group: producer
         *
         * @param runTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder runTimeout(String runTimeout) {
            doSetProperty("runTimeout", runTimeout);
            return this;
        }

        /**
         * Unity Catalog schema name, sent as schema_name.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param schemaName the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder schemaName(String schemaName) {
            doSetProperty("schemaName", schemaName);
            return this;
        }

        /**
         * Secret scope name, sent as scope.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param scope the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder scope(String scope) {
            doSetProperty("scope", scope);
            return this;
        }

        /**
         * clusters/create and clusters/edit: spark_version, or latest-lts / latest to pick the highest (LTS)
         * runtime clusters/spark-versions offers.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param sparkVersion the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder sparkVersion(String sparkVersion) {
            doSetProperty("sparkVersion", sparkVersion);
            return this;
        }

        /**
         * SQL statement id, sent as statement_id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param statementId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder statementId(String statementId) {
            doSetProperty("statementId", statementId);
            return this;
        }

        /**
         * sql/statements/execute: the server-side wait_timeout of the first request (0s, or 5s to 50s) before
         * the component polls sql/statements/get.
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: 10s
         * Group: producer
         *
         * @param statementWaitTimeout the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder statementWaitTimeout(String statementWaitTimeout) {
            doSetProperty("statementWaitTimeout", statementWaitTimeout);
            return this;
        }

        /**
         * Return the items as an Iterator (pages fetched lazily when paginate=true), for use with
         * split(body()).
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param streamList the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder streamList(boolean streamList) {
            doSetProperty("streamList", streamList);
            return this;
        }

        /**
         * Return the items as an Iterator (pages fetched lazily when paginate=true), for use with
         * split(body()).
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer
         *
         * @param streamList the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder streamList(String streamList) {
            doSetProperty("streamList", streamList);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: wait until the run
         * reaches a terminal state; a run that does not end in SUCCESS fails the exchange with
         * DatabricksRunFailedException. false returns the call's answer at once.
         *
         * The option is a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param waitForCompletion the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder waitForCompletion(boolean waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /**
         * jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow: wait until the run
         * reaches a terminal state; a run that does not end in SUCCESS fails the exchange with
         * DatabricksRunFailedException. false returns the call's answer at once.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: true
         * Group: producer
         *
         * @param waitForCompletion the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder waitForCompletion(String waitForCompletion) {
            doSetProperty("waitForCompletion", waitForCompletion);
            return this;
        }

        /**
         * Wait until the call took effect: RUNNING for clusters/create, start, restart, resize and edit;
         * TERMINATED for clusters/delete; INSTALLED for libraries/install; RUNNING for sql/warehouses/create,
         * start and edit; STOPPED for sql/warehouses/stop. Unset returns the call's answer at once.
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: RUNNING, TERMINATED, INSTALLED, STOPPED
         * Group: producer
         *
         * @param waitForState the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder waitForState(String waitForState) {
            doSetProperty("waitForState", waitForState);
            return this;
        }

        /**
         * Longest wait for a cluster or SQL warehouse state (waitForState), libraries to install, a SQL
         * statement or an API 1.2 context to become ready, before the exchange fails with
         * DatabricksTimeoutException.
         *
         * The option is a <code>long</code> type.
         * Default: 1200000
         * Group: producer
         *
         * @param waitTimeout the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder waitTimeout(long waitTimeout) {
            doSetProperty("waitTimeout", waitTimeout);
            return this;
        }

        /**
         * Longest wait for a cluster or SQL warehouse state (waitForState), libraries to install, a SQL
         * statement or an API 1.2 context to become ready, before the exchange fails with
         * DatabricksTimeoutException.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1200000
         * Group: producer
         *
         * @param waitTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder waitTimeout(String waitTimeout) {
            doSetProperty("waitTimeout", waitTimeout);
            return this;
        }

        /**
         * SQL warehouse id, sent as warehouse_id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: producer
         *
         * @param warehouseId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder warehouseId(String warehouseId) {
            doSetProperty("warehouseId", warehouseId);
            return this;
        }

        /**
         * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param allowInsecureHttp the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Use only this authentication method (the SDKs' auth_type; DATABRICKS_AUTH_TYPE when unset); by
         * default the first one configured, in the SDKs' order.
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: pat, basic, oauth-m2m, env-oidc, file-oidc, github-oidc, azure-devops-oidc, azure-msi,
         * azure-client-secret, azure-cli, databricks-cli, google-id
         * Group: security
         *
         * @param authType the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder authType(String authType) {
            doSetProperty("authType", authType);
            return this;
        }

        /**
         * Azure AD service principal (application) id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param azureClientId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureClientId(String azureClientId) {
            doSetProperty("azureClientId", raw(azureClientId));
            return this;
        }

        /**
         * Azure AD service principal secret.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param azureClientSecret the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureClientSecret(String azureClientSecret) {
            doSetProperty("azureClientSecret", raw(azureClientSecret));
            return this;
        }

        /**
         * Azure AD login host (change for sovereign clouds).
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: https://login.microsoftonline.com
         * Group: security
         *
         * @param azureLoginHost the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureLoginHost(String azureLoginHost) {
            doSetProperty("azureLoginHost", azureLoginHost);
            return this;
        }

        /**
         * Azure instance metadata service token endpoint used for managed identity.
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: http://169.254.169.254/metadata/identity/oauth2/token
         * Group: security
         *
         * @param azureMsiEndpoint the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureMsiEndpoint(String azureMsiEndpoint) {
            doSetProperty("azureMsiEndpoint", azureMsiEndpoint);
            return this;
        }

        /**
         * Azure AD tenant id of the service principal.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param azureTenantId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureTenantId(String azureTenantId) {
            doSetProperty("azureTenantId", azureTenantId);
            return this;
        }

        /**
         * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when
         * unset. azureClientId picks a user-assigned identity.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param azureUseMsi the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureUseMsi(boolean azureUseMsi) {
            doSetProperty("azureUseMsi", azureUseMsi);
            return this;
        }

        /**
         * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when
         * unset. azureClientId picks a user-assigned identity.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param azureUseMsi the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder azureUseMsi(String azureUseMsi) {
            doSetProperty("azureUseMsi", azureUseMsi);
            return this;
        }

        /**
         * OAuth machine-to-machine client id (service principal application id).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder clientId(String clientId) {
            doSetProperty("clientId", raw(clientId));
            return this;
        }

        /**
         * OAuth machine-to-machine client secret.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", raw(clientSecret));
            return this;
        }

        /**
         * Path of the Databricks config file; defaults to DATABRICKS_CONFIG_FILE, then /.databrickscfg.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param configFile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder configFile(String configFile) {
            doSetProperty("configFile", configFile);
            return this;
        }

        /**
         * Path of the databricks CLI executable (databricks-cli); DATABRICKS_CLI_PATH, then databricks on
         * PATH.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param databricksCliPath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder databricksCliPath(String databricksCliPath) {
            doSetProperty("databricksCliPath", databricksCliPath);
            return this;
        }

        /**
         * Google service account whose ID token authenticates (google-id, from the GCE metadata server;
         * GCE_METADATA_HOST overrides its host); DATABRICKS_GOOGLE_SERVICE_ACCOUNT when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param googleServiceAccount the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder googleServiceAccount(String googleServiceAccount) {
            doSetProperty("googleServiceAccount", googleServiceAccount);
            return this;
        }

        /**
         * Path of the netrc file used as last resort (machine entry for the host, Basic auth); defaults to
         * NETRC, then /.netrc.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param netrcFile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder netrcFile(String netrcFile) {
            doSetProperty("netrcFile", netrcFile);
            return this;
        }

        /**
         * Name of the environment variable holding the workload's OIDC token (env-oidc);
         * DATABRICKS_OIDC_TOKEN_ENV, then DATABRICKS_OIDC_TOKEN.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param oidcTokenEnv the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder oidcTokenEnv(String oidcTokenEnv) {
            doSetProperty("oidcTokenEnv", oidcTokenEnv);
            return this;
        }

        /**
         * File holding the workload's OIDC token, e.g. a Kubernetes service account token (file-oidc);
         * DATABRICKS_OIDC_TOKEN_FILEPATH when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param oidcTokenFilepath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder oidcTokenFilepath(String oidcTokenFilepath) {
            doSetProperty("oidcTokenFilepath", oidcTokenFilepath);
            return this;
        }

        /**
         * Password (or token) for HTTP Basic authentication.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param password the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder password(String password) {
            doSetProperty("password", raw(password));
            return this;
        }

        /**
         * Profile (section) of /.databrickscfg to read host and credentials from; DATABRICKS_CONFIG_PROFILE
         * is used when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param profile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder profile(String profile) {
            doSetProperty("profile", profile);
            return this;
        }

        /**
         * Personal access token or any bearer token.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param token the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder token(String token) {
            doSetProperty("token", raw(token));
            return this;
        }

        /**
         * Audience to request the workload's OIDC token for (TOKEN_AUDIENCE); by default the account id for
         * account calls, else the workspace token endpoint.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param tokenAudience the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder tokenAudience(String tokenAudience) {
            doSetProperty("tokenAudience", tokenAudience);
            return this;
        }

        /**
         * Trust store file (PKCS12 or JKS) with the CAs to trust instead of the JVM default ones. TLS
         * verification stays on.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param trustStore the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder trustStore(String trustStore) {
            doSetProperty("trustStore", trustStore);
            return this;
        }

        /**
         * Password of the trust store.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param trustStorePassword the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder trustStorePassword(String trustStorePassword) {
            doSetProperty("trustStorePassword", raw(trustStorePassword));
            return this;
        }

        /**
         * Trust store type (PKCS12 or JKS); defaults to the JVM's default type.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param trustStoreType the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder trustStoreType(String trustStoreType) {
            doSetProperty("trustStoreType", trustStoreType);
            return this;
        }

        /**
         * User name for HTTP Basic authentication (API 1.2's documented way).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param username the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointProducerBuilder username(String username) {
            doSetProperty("username", raw(username));
            return this;
        }
    }

    /** Advanced builder for endpoint producers for the Databricks component. */
    interface AdvancedDatabricksEndpointProducerBuilder extends EndpointProducerBuilder {

        default DatabricksEndpointProducerBuilder basic() {
            return (DatabricksEndpointProducerBuilder) this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use
         * this to allow CamelContext and routes to startup in situations where a producer may otherwise fail
         * during starting and cause the route to fail being started. By deferring this startup to be lazy
         * then the startup failure can be handled during routing messages via Camel's routing error handlers.
         * Beware that when the first message is processed then creating and starting the producer may take a
         * little time and prolong the total processing time of the processing.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer (advanced)
         *
         * @param lazyStartProducer the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder lazyStartProducer(boolean lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * Whether the producer should be started lazy (on the first message). By starting lazy you can use
         * this to allow CamelContext and routes to startup in situations where a producer may otherwise fail
         * during starting and cause the route to fail being started. By deferring this startup to be lazy
         * then the startup failure can be handled during routing messages via Camel's routing error handlers.
         * Beware that when the first message is processed then creating and starting the producer may take a
         * little time and prolong the total processing time of the processing.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer (advanced)
         *
         * @param lazyStartProducer the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder lazyStartProducer(String lazyStartProducer) {
            doSetProperty("lazyStartProducer", lazyStartProducer);
            return this;
        }

        /**
         * sql/statements/execute and databricks:command exactly once per message: a Camel StateRepository
         * (e.g. #myRepo, a FileStateRepository or one in a shared database) that keeps the statement or
         * command each message started. A redelivered message (same CamelDatabricksIdempotencyToken, or same
         * message id) re-attaches to it and gets its result instead of running it again; a restart, or
         * another replica sharing the repository, keeps the record.
         *
         * The option is a <code>org.apache.camel.spi.StateRepository&lt;java.lang.String,
         * java.lang.String&gt;</code> type.
         * Group: producer (advanced)
         *
         * @param stateRepository the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder stateRepository(org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * sql/statements/execute and databricks:command exactly once per message: a Camel StateRepository
         * (e.g. #myRepo, a FileStateRepository or one in a shared database) that keeps the statement or
         * command each message started. A redelivered message (same CamelDatabricksIdempotencyToken, or same
         * message id) re-attaches to it and gets its result instead of running it again; a restart, or
         * another replica sharing the repository, keeps the record.
         *
         * The option will be converted to a <code>org.apache.camel.spi.StateRepository&lt;java.lang.String,
         * java.lang.String&gt;</code> type.
         * Group: producer (advanced)
         *
         * @param stateRepository the value to set, converted to
         * org.apache.camel.spi.StateRepository<java.lang.String, java.lang.String> (or a property
         * placeholder, or a #bean reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder stateRepository(String stateRepository) {
            doSetProperty("stateRepository", stateRepository);
            return this;
        }

        /**
         * Whether the calling thread waits for the step and continues the route itself, as Camel's
         * synchronous processing does, instead of being released while the component's worker pool finishes
         * the exchange. Saves a thread hand-off per call for routes that block their caller anyway (a
         * ProducerTemplate request, a timer, a transacted route); a wait of minutes then holds that thread
         * for minutes, so thousands of concurrent waits want the default.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: producer (advanced)
         *
         * @param synchronous the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder synchronous(boolean synchronous) {
            doSetProperty("synchronous", synchronous);
            return this;
        }

        /**
         * Whether the calling thread waits for the step and continues the route itself, as Camel's
         * synchronous processing does, instead of being released while the component's worker pool finishes
         * the exchange. Saves a thread hand-off per call for routes that block their caller anyway (a
         * ProducerTemplate request, a timer, a transacted route); a wait of minutes then holds that thread
         * for minutes, so thousands of concurrent waits want the default.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: producer (advanced)
         *
         * @param synchronous the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder synchronous(String synchronous) {
            doSetProperty("synchronous", synchronous);
            return this;
        }

        /**
         * Timeout to establish a connection.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Timeout to establish a connection.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param initialRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder initialRetryDelay(long initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param initialRetryDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder initialRetryDelay(String initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * Largest delay between two polls of a long-running operation.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxPollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxPollInterval(long maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * Largest delay between two polls of a long-running operation.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxPollInterval the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxPollInterval(String maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * With rateLimit: the most calls that may wait for their turn per host and operation family; one more
         * fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait
         * its turn.
         *
         * The option is a <code>int</code> type.
         * Default: 0
         * Group: advanced
         *
         * @param maxQueuedCalls the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxQueuedCalls(int maxQueuedCalls) {
            doSetProperty("maxQueuedCalls", maxQueuedCalls);
            return this;
        }

        /**
         * With rateLimit: the most calls that may wait for their turn per host and operation family; one more
         * fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait
         * its turn.
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 0
         * Group: advanced
         *
         * @param maxQueuedCalls the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxQueuedCalls(String maxQueuedCalls) {
            doSetProperty("maxQueuedCalls", maxQueuedCalls);
            return this;
        }

        /**
         * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
         *
         * The option is a <code>int</code> type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Largest backoff delay between two attempts.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxRetryDelay(long maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * Largest backoff delay between two attempts.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxRetryDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder maxRetryDelay(String maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * First delay between two polls of a long-running operation (command, run, cluster, statement,
         * library); grows up to maxPollInterval.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param pollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder pollInterval(long pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * First delay between two polls of a long-running operation (command, run, cluster, statement,
         * library); grows up to maxPollInterval.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param pollInterval the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder pollInterval(String pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
         * shared by all endpoints of the component. 0 disables it.
         *
         * The option is a <code>double</code> type.
         * Default: 0.0
         * Group: advanced
         *
         * @param rateLimit the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder rateLimit(double rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
         * shared by all endpoints of the component. 0 disables it.
         *
         * The option will be converted to a <code>double</code> type.
         * Default: 0.0
         * Group: advanced
         *
         * @param rateLimit the value to set, converted to double (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder rateLimit(String rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Timeout for one HTTP exchange (each attempt).
         *
         * The option is a <code>long</code> type.
         * Default: 60000
         * Group: advanced
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Timeout for one HTTP exchange (each attempt).
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 60000
         * Group: advanced
         *
         * @param requestTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Upper bound on the time spent retrying one call, including Retry-After waits.
         *
         * The option is a <code>long</code> type.
         * Default: 300000
         * Group: advanced
         *
         * @param retryTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder retryTimeout(long retryTimeout) {
            doSetProperty("retryTimeout", retryTimeout);
            return this;
        }

        /**
         * Upper bound on the time spent retrying one call, including Retry-After waits.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 300000
         * Group: advanced
         *
         * @param retryTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder retryTimeout(String retryTimeout) {
            doSetProperty("retryTimeout", retryTimeout);
            return this;
        }

        /**
         * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is
         * logged at INFO: once then, on every state change after that and once a minute; shorter waits log at
         * DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param waitLogThreshold the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder waitLogThreshold(long waitLogThreshold) {
            doSetProperty("waitLogThreshold", waitLogThreshold);
            return this;
        }

        /**
         * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is
         * logged at INFO: once then, on every state change after that and once a minute; shorter waits log at
         * DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param waitLogThreshold the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointProducerBuilder waitLogThreshold(String waitLogThreshold) {
            doSetProperty("waitLogThreshold", waitLogThreshold);
            return this;
        }
    }

    /** Builder for endpoints (consumer and producer) for the Databricks component. */
    interface DatabricksEndpointBuilder extends DatabricksEndpointConsumerBuilder, DatabricksEndpointProducerBuilder {

        default AdvancedDatabricksEndpointBuilder advanced() {
            return (AdvancedDatabricksEndpointBuilder) this;
        }

        /**
         * Databricks account id, required by account-scope operations (fills {account_id}). Falls back to the
         * profile's account_id, then DATABRICKS_ACCOUNT_ID.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param accountId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder accountId(String accountId) {
            doSetProperty("accountId", accountId);
            return this;
        }

        /**
         * Accounts console URL used by account-scope operations (accounts/...).
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: https://accounts.cloud.databricks.com
         * Group: common
         *
         * @param accountsHost the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder accountsHost(String accountsHost) {
            doSetProperty("accountsHost", accountsHost);
            return this;
        }

        /**
         * API version to call instead of the one the catalogue names: clusters accepts 2.0 or 2.1, jobs 2.0,
         * 2.1 or 2.2; other operations only their catalogue version.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param apiVersion the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder apiVersion(String apiVersion) {
            doSetProperty("apiVersion", apiVersion);
            return this;
        }

        /**
         * Workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net. A host without scheme gets
         * https://. Plain http:// is accepted only for loopback hosts unless allowInsecureHttp=true. Falls
         * back to the profile's host, then DATABRICKS_HOST.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param host the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder host(String host) {
            doSetProperty("host", host);
            return this;
        }

        /**
         * sql/copy-into: the Delta table to load; sql/partition-sensor and sql/table-version-sensor
         * consumers: the table to watch (catalog.schema.table, or a name the warehouse's current schema
         * resolves).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: common
         *
         * @param table the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder table(String table) {
            doSetProperty("table", table);
            return this;
        }

        /**
         * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param allowInsecureHttp the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder allowInsecureHttp(boolean allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Allow plain http:// to hosts other than loopback (credentials then travel unencrypted).
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param allowInsecureHttp the value to set, converted to boolean (or a property placeholder, or a
         * #bean reference)
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder allowInsecureHttp(String allowInsecureHttp) {
            doSetProperty("allowInsecureHttp", allowInsecureHttp);
            return this;
        }

        /**
         * Use only this authentication method (the SDKs' auth_type; DATABRICKS_AUTH_TYPE when unset); by
         * default the first one configured, in the SDKs' order.
         *
         * The option is a <code>java.lang.String</code> type.
         * Allowed: pat, basic, oauth-m2m, env-oidc, file-oidc, github-oidc, azure-devops-oidc, azure-msi,
         * azure-client-secret, azure-cli, databricks-cli, google-id
         * Group: security
         *
         * @param authType the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder authType(String authType) {
            doSetProperty("authType", authType);
            return this;
        }

        /**
         * Azure AD service principal (application) id.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param azureClientId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureClientId(String azureClientId) {
            doSetProperty("azureClientId", raw(azureClientId));
            return this;
        }

        /**
         * Azure AD service principal secret.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param azureClientSecret the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureClientSecret(String azureClientSecret) {
            doSetProperty("azureClientSecret", raw(azureClientSecret));
            return this;
        }

        /**
         * Azure AD login host (change for sovereign clouds).
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: https://login.microsoftonline.com
         * Group: security
         *
         * @param azureLoginHost the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureLoginHost(String azureLoginHost) {
            doSetProperty("azureLoginHost", azureLoginHost);
            return this;
        }

        /**
         * Azure instance metadata service token endpoint used for managed identity.
         *
         * The option is a <code>java.lang.String</code> type.
         * Default: http://169.254.169.254/metadata/identity/oauth2/token
         * Group: security
         *
         * @param azureMsiEndpoint the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureMsiEndpoint(String azureMsiEndpoint) {
            doSetProperty("azureMsiEndpoint", azureMsiEndpoint);
            return this;
        }

        /**
         * Azure AD tenant id of the service principal.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param azureTenantId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureTenantId(String azureTenantId) {
            doSetProperty("azureTenantId", azureTenantId);
            return this;
        }

        /**
         * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when
         * unset. azureClientId picks a user-assigned identity.
         *
         * The option is a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param azureUseMsi the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureUseMsi(boolean azureUseMsi) {
            doSetProperty("azureUseMsi", azureUseMsi);
            return this;
        }

        /**
         * Authenticate as the Azure managed identity of the VM or container (azure-msi); ARM_USE_MSI when
         * unset. azureClientId picks a user-assigned identity.
         *
         * The option will be converted to a <code>boolean</code> type.
         * Default: false
         * Group: security
         *
         * @param azureUseMsi the value to set, converted to boolean (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder azureUseMsi(String azureUseMsi) {
            doSetProperty("azureUseMsi", azureUseMsi);
            return this;
        }

        /**
         * OAuth machine-to-machine client id (service principal application id).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param clientId the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder clientId(String clientId) {
            doSetProperty("clientId", raw(clientId));
            return this;
        }

        /**
         * OAuth machine-to-machine client secret.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param clientSecret the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder clientSecret(String clientSecret) {
            doSetProperty("clientSecret", raw(clientSecret));
            return this;
        }

        /**
         * Path of the Databricks config file; defaults to DATABRICKS_CONFIG_FILE, then /.databrickscfg.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param configFile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder configFile(String configFile) {
            doSetProperty("configFile", configFile);
            return this;
        }

        /**
         * Path of the databricks CLI executable (databricks-cli); DATABRICKS_CLI_PATH, then databricks on
         * PATH.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param databricksCliPath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder databricksCliPath(String databricksCliPath) {
            doSetProperty("databricksCliPath", databricksCliPath);
            return this;
        }

        /**
         * Google service account whose ID token authenticates (google-id, from the GCE metadata server;
         * GCE_METADATA_HOST overrides its host); DATABRICKS_GOOGLE_SERVICE_ACCOUNT when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param googleServiceAccount the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder googleServiceAccount(String googleServiceAccount) {
            doSetProperty("googleServiceAccount", googleServiceAccount);
            return this;
        }

        /**
         * Path of the netrc file used as last resort (machine entry for the host, Basic auth); defaults to
         * NETRC, then /.netrc.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param netrcFile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder netrcFile(String netrcFile) {
            doSetProperty("netrcFile", netrcFile);
            return this;
        }

        /**
         * Name of the environment variable holding the workload's OIDC token (env-oidc);
         * DATABRICKS_OIDC_TOKEN_ENV, then DATABRICKS_OIDC_TOKEN.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param oidcTokenEnv the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder oidcTokenEnv(String oidcTokenEnv) {
            doSetProperty("oidcTokenEnv", oidcTokenEnv);
            return this;
        }

        /**
         * File holding the workload's OIDC token, e.g. a Kubernetes service account token (file-oidc);
         * DATABRICKS_OIDC_TOKEN_FILEPATH when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param oidcTokenFilepath the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder oidcTokenFilepath(String oidcTokenFilepath) {
            doSetProperty("oidcTokenFilepath", oidcTokenFilepath);
            return this;
        }

        /**
         * Password (or token) for HTTP Basic authentication.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param password the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder password(String password) {
            doSetProperty("password", raw(password));
            return this;
        }

        /**
         * Profile (section) of /.databrickscfg to read host and credentials from; DATABRICKS_CONFIG_PROFILE
         * is used when unset.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param profile the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder profile(String profile) {
            doSetProperty("profile", profile);
            return this;
        }

        /**
         * Personal access token or any bearer token.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param token the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder token(String token) {
            doSetProperty("token", raw(token));
            return this;
        }

        /**
         * Audience to request the workload's OIDC token for (TOKEN_AUDIENCE); by default the account id for
         * account calls, else the workspace token endpoint.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param tokenAudience the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder tokenAudience(String tokenAudience) {
            doSetProperty("tokenAudience", tokenAudience);
            return this;
        }

        /**
         * Trust store file (PKCS12 or JKS) with the CAs to trust instead of the JVM default ones. TLS
         * verification stays on.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param trustStore the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder trustStore(String trustStore) {
            doSetProperty("trustStore", trustStore);
            return this;
        }

        /**
         * Password of the trust store.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param trustStorePassword the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder trustStorePassword(String trustStorePassword) {
            doSetProperty("trustStorePassword", raw(trustStorePassword));
            return this;
        }

        /**
         * Trust store type (PKCS12 or JKS); defaults to the JVM's default type.
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         *
         * @param trustStoreType the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder trustStoreType(String trustStoreType) {
            doSetProperty("trustStoreType", trustStoreType);
            return this;
        }

        /**
         * User name for HTTP Basic authentication (API 1.2's documented way).
         *
         * The option is a <code>java.lang.String</code> type.
         * Group: security
         * Secret: sent as RAW(value), so the value is taken as it is and masked in logs.
         *
         * @param username the value to set
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder username(String username) {
            doSetProperty("username", raw(username));
            return this;
        }
    }

    /** Advanced builder for endpoints (consumer and producer) for the Databricks component. */
    interface AdvancedDatabricksEndpointBuilder extends AdvancedDatabricksEndpointConsumerBuilder, AdvancedDatabricksEndpointProducerBuilder {

        default DatabricksEndpointBuilder basic() {
            return (DatabricksEndpointBuilder) this;
        }

        /**
         * Timeout to establish a connection.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder connectTimeout(long connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Timeout to establish a connection.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param connectTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder connectTimeout(String connectTimeout) {
            doSetProperty("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param initialRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder initialRetryDelay(long initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * First backoff delay when the server gives no Retry-After; doubles per retry, with jitter.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param initialRetryDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder initialRetryDelay(String initialRetryDelay) {
            doSetProperty("initialRetryDelay", initialRetryDelay);
            return this;
        }

        /**
         * Largest delay between two polls of a long-running operation.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxPollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxPollInterval(long maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * Largest delay between two polls of a long-running operation.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxPollInterval the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxPollInterval(String maxPollInterval) {
            doSetProperty("maxPollInterval", maxPollInterval);
            return this;
        }

        /**
         * With rateLimit: the most calls that may wait for their turn per host and operation family; one more
         * fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait
         * its turn.
         *
         * The option is a <code>int</code> type.
         * Default: 0
         * Group: advanced
         *
         * @param maxQueuedCalls the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxQueuedCalls(int maxQueuedCalls) {
            doSetProperty("maxQueuedCalls", maxQueuedCalls);
            return this;
        }

        /**
         * With rateLimit: the most calls that may wait for their turn per host and operation family; one more
         * fails at once with DatabricksRateLimitQueueFullException instead of waiting. 0 lets every call wait
         * its turn.
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 0
         * Group: advanced
         *
         * @param maxQueuedCalls the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxQueuedCalls(String maxQueuedCalls) {
            doSetProperty("maxQueuedCalls", maxQueuedCalls);
            return this;
        }

        /**
         * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
         *
         * The option is a <code>int</code> type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxRetries(int maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Retries after the first attempt for 429, 503 and connection failures (0 disables retries).
         *
         * The option will be converted to a <code>int</code> type.
         * Default: 3
         * Group: advanced
         *
         * @param maxRetries the value to set, converted to int (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxRetries(String maxRetries) {
            doSetProperty("maxRetries", maxRetries);
            return this;
        }

        /**
         * Largest backoff delay between two attempts.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxRetryDelay the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxRetryDelay(long maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * Largest backoff delay between two attempts.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param maxRetryDelay the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder maxRetryDelay(String maxRetryDelay) {
            doSetProperty("maxRetryDelay", maxRetryDelay);
            return this;
        }

        /**
         * First delay between two polls of a long-running operation (command, run, cluster, statement,
         * library); grows up to maxPollInterval.
         *
         * The option is a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param pollInterval the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder pollInterval(long pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * First delay between two polls of a long-running operation (command, run, cluster, statement,
         * library); grows up to maxPollInterval.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 1000
         * Group: advanced
         *
         * @param pollInterval the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder pollInterval(String pollInterval) {
            doSetProperty("pollInterval", pollInterval);
            return this;
        }

        /**
         * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
         * shared by all endpoints of the component. 0 disables it.
         *
         * The option is a <code>double</code> type.
         * Default: 0.0
         * Group: advanced
         *
         * @param rateLimit the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder rateLimit(double rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Client-side limit in requests per second per host and operation family (clusters, jobs, ...),
         * shared by all endpoints of the component. 0 disables it.
         *
         * The option will be converted to a <code>double</code> type.
         * Default: 0.0
         * Group: advanced
         *
         * @param rateLimit the value to set, converted to double (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder rateLimit(String rateLimit) {
            doSetProperty("rateLimit", rateLimit);
            return this;
        }

        /**
         * Timeout for one HTTP exchange (each attempt).
         *
         * The option is a <code>long</code> type.
         * Default: 60000
         * Group: advanced
         *
         * @param requestTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder requestTimeout(long requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Timeout for one HTTP exchange (each attempt).
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 60000
         * Group: advanced
         *
         * @param requestTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder requestTimeout(String requestTimeout) {
            doSetProperty("requestTimeout", requestTimeout);
            return this;
        }

        /**
         * Upper bound on the time spent retrying one call, including Retry-After waits.
         *
         * The option is a <code>long</code> type.
         * Default: 300000
         * Group: advanced
         *
         * @param retryTimeout the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder retryTimeout(long retryTimeout) {
            doSetProperty("retryTimeout", retryTimeout);
            return this;
        }

        /**
         * Upper bound on the time spent retrying one call, including Retry-After waits.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 300000
         * Group: advanced
         *
         * @param retryTimeout the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder retryTimeout(String retryTimeout) {
            doSetProperty("retryTimeout", retryTimeout);
            return this;
        }

        /**
         * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is
         * logged at INFO: once then, on every state change after that and once a minute; shorter waits log at
         * DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.
         *
         * The option is a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param waitLogThreshold the value to set
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder waitLogThreshold(long waitLogThreshold) {
            doSetProperty("waitLogThreshold", waitLogThreshold);
            return this;
        }

        /**
         * How long a wait (run, command, cluster, statement, warehouse, library, context) lasts before it is
         * logged at INFO: once then, on every state change after that and once a minute; shorter waits log at
         * DEBUG only, so many quick commands do not flood the log. 0 logs every wait at INFO.
         *
         * The option will be converted to a <code>long</code> type.
         * Default: 10000
         * Group: advanced
         *
         * @param waitLogThreshold the value to set, converted to long (or a property placeholder, or a #bean
         * reference)
         * @return the dsl builder
         */
        default AdvancedDatabricksEndpointBuilder waitLogThreshold(String waitLogThreshold) {
            doSetProperty("waitLogThreshold", waitLogThreshold);
            return this;
        }
    }

    /** Implement this in a RouteBuilder to write {@code databricks(...)} in its routes. */
    interface DatabricksBuilders {

        /**
         * Databricks (camel-databricks): Call any Databricks REST operation by name (clusters/get,
         * jobs/runs/submit, unity-catalog/catalogs/list, ...).
         *
         * Syntax: <code>databricks:operation</code>; the operation is a catalogue name (see {@link
         * DatabricksOperations}), e.g. {@code jobs/run-now}.
         *
         * @param operation the operation, e.g. {@link DatabricksOperations#JOBS_RUN_NOW}
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder databricks(String operation) {
            return DatabricksEndpointBuilderFactory.endpointBuilder("databricks", operation);
        }

        /**
         * Databricks (camel-databricks): Call any Databricks REST operation by name (clusters/get,
         * jobs/runs/submit, unity-catalog/catalogs/list, ...).
         *
         * Syntax: <code>databricks:operation</code>; the operation is a catalogue name (see {@link
         * DatabricksOperations}), e.g. {@code jobs/run-now}.
         *
         * @param componentName the name the component is registered under, when not databricks
         * @param operation the operation, e.g. {@link DatabricksOperations#JOBS_RUN_NOW}
         * @return the dsl builder
         */
        default DatabricksEndpointBuilder databricks(String componentName, String operation) {
            return DatabricksEndpointBuilderFactory.endpointBuilder(componentName, operation);
        }
    }

    /**
     * Databricks (camel-databricks): Call any Databricks REST operation by name (clusters/get,
     * jobs/runs/submit, unity-catalog/catalogs/list, ...).
     *
     * Syntax: <code>databricks:operation</code>; the operation is a catalogue name (see {@link
     * DatabricksOperations}), e.g. {@code jobs/run-now}.
     *
     * @param operation the operation, e.g. {@link DatabricksOperations#JOBS_RUN_NOW}
     * @return the dsl builder
     */
    static DatabricksEndpointBuilder databricks(String operation) {
        return endpointBuilder("databricks", operation);
    }

    /**
     * Databricks (camel-databricks): Call any Databricks REST operation by name (clusters/get,
     * jobs/runs/submit, unity-catalog/catalogs/list, ...).
     *
     * Syntax: <code>databricks:operation</code>; the operation is a catalogue name (see {@link
     * DatabricksOperations}), e.g. {@code jobs/run-now}.
     *
     * @param componentName the name the component is registered under, when not databricks
     * @param operation the operation, e.g. {@link DatabricksOperations#JOBS_RUN_NOW}
     * @return the dsl builder
     */
    static DatabricksEndpointBuilder endpointBuilder(String componentName, String operation) {
        class DatabricksEndpointBuilderImpl extends AbstractEndpointBuilder
                implements DatabricksEndpointBuilder, AdvancedDatabricksEndpointBuilder {
            DatabricksEndpointBuilderImpl(String path) {
                super(componentName, path);
            }
        }
        return new DatabricksEndpointBuilderImpl(operation);
    }

    /**
     * {@code RAW(value)}, or {@code RAW{value}} when the value holds a parenthesis, so Camel takes the
     * value as it is; a value already in RAW() or a property placeholder is left alone.
     */
    private static String raw(String value) {
        if (value == null || value.startsWith("RAW(") || value.startsWith("RAW{")) {
            return value;
        }
        return value.indexOf(')') < 0 ? "RAW(" + value + ")" : "RAW{" + value + "}";
    }
}
