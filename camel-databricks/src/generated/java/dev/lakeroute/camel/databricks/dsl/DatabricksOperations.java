package dev.lakeroute.camel.databricks.dsl;

/**
 * Every operation name a databricks: URI accepts (1182), as constants: {@code to("databricks:" + JOBS_RUN_NOW
 * + "?jobId=42")} or {@code databricks(JOBS_RUN_NOW).jobId(42)}. Each says the HTTP call it makes.
 *
 * Generated from the catalogue by EndpointDslGenerator (src/test) - do not edit; EndpointDslInSyncTest
 * regenerates it.
 */
public final class DatabricksOperations {

    /** {@code GET /api/2.0/access-control/check-policy-v2} */
    public static final String ACCESS_CONTROL_CHECK_POLICY_V2 = "access-control/check-policy-v2";

    /** {@code POST /api/2.1/accounts/{account_id}/budget-policies} */
    public static final String ACCOUNTS_BUDGET_POLICIES_CREATE = "accounts/budget-policies/create";

    /** {@code DELETE /api/2.1/accounts/{account_id}/budget-policies/{policy_id}} */
    public static final String ACCOUNTS_BUDGET_POLICIES_DELETE = "accounts/budget-policies/delete";

    /** {@code GET /api/2.1/accounts/{account_id}/budget-policies/{policy_id}} */
    public static final String ACCOUNTS_BUDGET_POLICIES_GET = "accounts/budget-policies/get";

    /** {@code GET /api/2.1/accounts/{account_id}/budget-policies} */
    public static final String ACCOUNTS_BUDGET_POLICIES_LIST = "accounts/budget-policies/list";

    /** {@code PATCH /api/2.1/accounts/{account_id}/budget-policies/{policy_id}} */
    public static final String ACCOUNTS_BUDGET_POLICIES_UPDATE = "accounts/budget-policies/update";

    /** {@code POST /api/2.1/accounts/{account_id}/budgets} */
    public static final String ACCOUNTS_BUDGETS_CREATE = "accounts/budgets/create";

    /** {@code DELETE /api/2.1/accounts/{account_id}/budgets/{budget_id}} */
    public static final String ACCOUNTS_BUDGETS_DELETE = "accounts/budgets/delete";

    /** {@code GET /api/2.1/accounts/{account_id}/budgets/{budget_id}} */
    public static final String ACCOUNTS_BUDGETS_GET = "accounts/budgets/get";

    /** {@code GET /api/2.1/accounts/{account_id}/budgets} */
    public static final String ACCOUNTS_BUDGETS_LIST = "accounts/budgets/list";

    /** {@code PUT /api/2.1/accounts/{account_id}/budgets/{budget_id}} */
    public static final String ACCOUNTS_BUDGETS_UPDATE = "accounts/budgets/update";

    /** {@code POST /api/2.0/accounts/{account_id}/credentials} */
    public static final String ACCOUNTS_CREDENTIALS_CREATE = "accounts/credentials/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/credentials/{credentials_id}} */
    public static final String ACCOUNTS_CREDENTIALS_DELETE = "accounts/credentials/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/credentials/{credentials_id}} */
    public static final String ACCOUNTS_CREDENTIALS_GET = "accounts/credentials/get";

    /** {@code GET /api/2.0/accounts/{account_id}/credentials} */
    public static final String ACCOUNTS_CREDENTIALS_LIST = "accounts/credentials/list";

    /** {@code POST /api/2.0/accounts/{account_id}/customer-managed-keys} */
    public static final String ACCOUNTS_CUSTOMER_MANAGED_KEYS_CREATE = "accounts/customer-managed-keys/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/customer-managed-keys/{customer_managed_key_id}} */
    public static final String ACCOUNTS_CUSTOMER_MANAGED_KEYS_DELETE = "accounts/customer-managed-keys/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/customer-managed-keys/{customer_managed_key_id}} */
    public static final String ACCOUNTS_CUSTOMER_MANAGED_KEYS_GET = "accounts/customer-managed-keys/get";

    /** {@code GET /api/2.0/accounts/{account_id}/customer-managed-keys} */
    public static final String ACCOUNTS_CUSTOMER_MANAGED_KEYS_LIST = "accounts/customer-managed-keys/list";

    /** {@code POST /api/2.0/accounts/{account_id}/dashboard} */
    public static final String ACCOUNTS_DASHBOARD_CREATE = "accounts/dashboard/create";

    /** {@code GET /api/2.0/accounts/{account_id}/dashboard} */
    public static final String ACCOUNTS_DASHBOARD_GET = "accounts/dashboard/get";

    /** {@code POST /api/2.0/accounts/{account_id}/federationPolicies} */
    public static final String ACCOUNTS_FEDERATION_POLICIES_CREATE = "accounts/federationPolicies/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/federationPolicies/{policy_id}} */
    public static final String ACCOUNTS_FEDERATION_POLICIES_DELETE = "accounts/federationPolicies/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/federationPolicies/{policy_id}} */
    public static final String ACCOUNTS_FEDERATION_POLICIES_GET = "accounts/federationPolicies/get";

    /** {@code GET /api/2.0/accounts/{account_id}/federationPolicies} */
    public static final String ACCOUNTS_FEDERATION_POLICIES_LIST = "accounts/federationPolicies/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/federationPolicies/{policy_id}} */
    public static final String ACCOUNTS_FEDERATION_POLICIES_UPDATE = "accounts/federationPolicies/update";

    /** {@code POST /api/2.0/accounts/{account_id}/ip-access-lists} */
    public static final String ACCOUNTS_IP_ACCESS_LISTS_CREATE = "accounts/ip-access-lists/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/ip-access-lists/{ip_access_list_id}} */
    public static final String ACCOUNTS_IP_ACCESS_LISTS_DELETE = "accounts/ip-access-lists/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/ip-access-lists/{ip_access_list_id}} */
    public static final String ACCOUNTS_IP_ACCESS_LISTS_GET = "accounts/ip-access-lists/get";

    /** {@code GET /api/2.0/accounts/{account_id}/ip-access-lists} */
    public static final String ACCOUNTS_IP_ACCESS_LISTS_LIST = "accounts/ip-access-lists/list";

    /** {@code PUT /api/2.0/accounts/{account_id}/ip-access-lists/{ip_access_list_id}} */
    public static final String ACCOUNTS_IP_ACCESS_LISTS_REPLACE = "accounts/ip-access-lists/replace";

    /** {@code PATCH /api/2.0/accounts/{account_id}/ip-access-lists/{ip_access_list_id}} */
    public static final String ACCOUNTS_IP_ACCESS_LISTS_UPDATE = "accounts/ip-access-lists/update";

    /** {@code POST /api/2.0/accounts/{account_id}/log-delivery} */
    public static final String ACCOUNTS_LOG_DELIVERY_CREATE = "accounts/log-delivery/create";

    /** {@code GET /api/2.0/accounts/{account_id}/log-delivery/{log_delivery_configuration_id}} */
    public static final String ACCOUNTS_LOG_DELIVERY_GET = "accounts/log-delivery/get";

    /** {@code GET /api/2.0/accounts/{account_id}/log-delivery} */
    public static final String ACCOUNTS_LOG_DELIVERY_LIST = "accounts/log-delivery/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/log-delivery/{log_delivery_configuration_id}} */
    public static final String ACCOUNTS_LOG_DELIVERY_PATCH = "accounts/log-delivery/patch";

    /** {@code POST /api/2.0/accounts/{account_id}/metastores} */
    public static final String ACCOUNTS_METASTORES_CREATE = "accounts/metastores/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/metastores/{metastore_id}} */
    public static final String ACCOUNTS_METASTORES_DELETE = "accounts/metastores/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/metastores/{metastore_id}} */
    public static final String ACCOUNTS_METASTORES_GET = "accounts/metastores/get";

    /** {@code GET /api/2.0/accounts/{account_id}/metastores} */
    public static final String ACCOUNTS_METASTORES_LIST = "accounts/metastores/list";

    /** {@code POST /api/2.0/accounts/{account_id}/metastores/{metastore_id}/storage-credentials} */
    public static final String ACCOUNTS_METASTORES_STORAGE_CREDENTIALS_CREATE = "accounts/metastores/storage-credentials/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/metastores/{metastore_id}/storage-credentials/{storage_credential_name}} */
    public static final String ACCOUNTS_METASTORES_STORAGE_CREDENTIALS_DELETE = "accounts/metastores/storage-credentials/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/metastores/{metastore_id}/storage-credentials/{storage_credential_name}} */
    public static final String ACCOUNTS_METASTORES_STORAGE_CREDENTIALS_GET = "accounts/metastores/storage-credentials/get";

    /** {@code GET /api/2.0/accounts/{account_id}/metastores/{metastore_id}/storage-credentials} */
    public static final String ACCOUNTS_METASTORES_STORAGE_CREDENTIALS_LIST = "accounts/metastores/storage-credentials/list";

    /** {@code PUT /api/2.0/accounts/{account_id}/metastores/{metastore_id}/storage-credentials/{storage_credential_name}} */
    public static final String ACCOUNTS_METASTORES_STORAGE_CREDENTIALS_UPDATE = "accounts/metastores/storage-credentials/update";

    /** {@code PUT /api/2.0/accounts/{account_id}/metastores/{metastore_id}} */
    public static final String ACCOUNTS_METASTORES_UPDATE = "accounts/metastores/update";

    /** {@code GET /api/2.0/accounts/{account_id}/metastores/{metastore_id}/workspaces} */
    public static final String ACCOUNTS_METASTORES_WORKSPACES = "accounts/metastores/workspaces";

    /** {@code POST /api/2.0/accounts/{account_id}/network-connectivity-configs} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_CREATE = "accounts/network-connectivity-configs/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_DELETE = "accounts/network-connectivity-configs/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_GET = "accounts/network-connectivity-configs/get";

    /** {@code GET /api/2.0/accounts/{account_id}/network-connectivity-configs} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_LIST = "accounts/network-connectivity-configs/list";

    /** {@code POST /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}/private-endpoint-rules} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_PRIVATE_ENDPOINT_RULES_CREATE = "accounts/network-connectivity-configs/private-endpoint-rules/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}/private-endpoint-rules/{private_endpoint_rule_id}} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_PRIVATE_ENDPOINT_RULES_DELETE = "accounts/network-connectivity-configs/private-endpoint-rules/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}/private-endpoint-rules/{private_endpoint_rule_id}} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_PRIVATE_ENDPOINT_RULES_GET = "accounts/network-connectivity-configs/private-endpoint-rules/get";

    /** {@code GET /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}/private-endpoint-rules} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_PRIVATE_ENDPOINT_RULES_LIST = "accounts/network-connectivity-configs/private-endpoint-rules/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/network-connectivity-configs/{network_connectivity_config_id}/private-endpoint-rules/{private_endpoint_rule_id}} */
    public static final String ACCOUNTS_NETWORK_CONNECTIVITY_CONFIGS_PRIVATE_ENDPOINT_RULES_UPDATE = "accounts/network-connectivity-configs/private-endpoint-rules/update";

    /** {@code POST /api/2.0/accounts/{account_id}/network-policies} */
    public static final String ACCOUNTS_NETWORK_POLICIES_CREATE = "accounts/network-policies/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/network-policies/{network_policy_id}} */
    public static final String ACCOUNTS_NETWORK_POLICIES_DELETE = "accounts/network-policies/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/network-policies/{network_policy_id}} */
    public static final String ACCOUNTS_NETWORK_POLICIES_GET = "accounts/network-policies/get";

    /** {@code GET /api/2.0/accounts/{account_id}/network-policies} */
    public static final String ACCOUNTS_NETWORK_POLICIES_LIST = "accounts/network-policies/list";

    /** {@code PUT /api/2.0/accounts/{account_id}/network-policies/{network_policy_id}} */
    public static final String ACCOUNTS_NETWORK_POLICIES_UPDATE = "accounts/network-policies/update";

    /** {@code POST /api/2.0/accounts/{account_id}/networks} */
    public static final String ACCOUNTS_NETWORKS_CREATE = "accounts/networks/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/networks/{network_id}} */
    public static final String ACCOUNTS_NETWORKS_DELETE = "accounts/networks/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/networks/{network_id}} */
    public static final String ACCOUNTS_NETWORKS_GET = "accounts/networks/get";

    /** {@code GET /api/2.0/accounts/{account_id}/networks} */
    public static final String ACCOUNTS_NETWORKS_LIST = "accounts/networks/list";

    /** {@code POST /api/2.0/accounts/{account_id}/oauth2/custom-app-integrations} */
    public static final String ACCOUNTS_OAUTH2_CUSTOM_APP_INTEGRATIONS_CREATE = "accounts/oauth2/custom-app-integrations/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/oauth2/custom-app-integrations/{integration_id}} */
    public static final String ACCOUNTS_OAUTH2_CUSTOM_APP_INTEGRATIONS_DELETE = "accounts/oauth2/custom-app-integrations/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/oauth2/custom-app-integrations/{integration_id}} */
    public static final String ACCOUNTS_OAUTH2_CUSTOM_APP_INTEGRATIONS_GET = "accounts/oauth2/custom-app-integrations/get";

    /** {@code GET /api/2.0/accounts/{account_id}/oauth2/custom-app-integrations} */
    public static final String ACCOUNTS_OAUTH2_CUSTOM_APP_INTEGRATIONS_LIST = "accounts/oauth2/custom-app-integrations/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/oauth2/custom-app-integrations/{integration_id}} */
    public static final String ACCOUNTS_OAUTH2_CUSTOM_APP_INTEGRATIONS_UPDATE = "accounts/oauth2/custom-app-integrations/update";

    /** {@code POST /api/2.0/accounts/{account_id}/oauth2/published-app-integrations} */
    public static final String ACCOUNTS_OAUTH2_PUBLISHED_APP_INTEGRATIONS_CREATE = "accounts/oauth2/published-app-integrations/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/oauth2/published-app-integrations/{integration_id}} */
    public static final String ACCOUNTS_OAUTH2_PUBLISHED_APP_INTEGRATIONS_DELETE = "accounts/oauth2/published-app-integrations/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/oauth2/published-app-integrations/{integration_id}} */
    public static final String ACCOUNTS_OAUTH2_PUBLISHED_APP_INTEGRATIONS_GET = "accounts/oauth2/published-app-integrations/get";

    /** {@code GET /api/2.0/accounts/{account_id}/oauth2/published-app-integrations} */
    public static final String ACCOUNTS_OAUTH2_PUBLISHED_APP_INTEGRATIONS_LIST = "accounts/oauth2/published-app-integrations/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/oauth2/published-app-integrations/{integration_id}} */
    public static final String ACCOUNTS_OAUTH2_PUBLISHED_APP_INTEGRATIONS_UPDATE = "accounts/oauth2/published-app-integrations/update";

    /** {@code GET /api/2.0/accounts/{account_id}/oauth2/published-apps} */
    public static final String ACCOUNTS_OAUTH2_PUBLISHED_APPS = "accounts/oauth2/published-apps";

    /** {@code POST /api/2.0/accounts/{account_id}/private-access-settings} */
    public static final String ACCOUNTS_PRIVATE_ACCESS_SETTINGS_CREATE = "accounts/private-access-settings/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/private-access-settings/{private_access_settings_id}} */
    public static final String ACCOUNTS_PRIVATE_ACCESS_SETTINGS_DELETE = "accounts/private-access-settings/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/private-access-settings/{private_access_settings_id}} */
    public static final String ACCOUNTS_PRIVATE_ACCESS_SETTINGS_GET = "accounts/private-access-settings/get";

    /** {@code GET /api/2.0/accounts/{account_id}/private-access-settings} */
    public static final String ACCOUNTS_PRIVATE_ACCESS_SETTINGS_LIST = "accounts/private-access-settings/list";

    /** {@code PUT /api/2.0/accounts/{account_id}/private-access-settings/{private_access_settings_id}} */
    public static final String ACCOUNTS_PRIVATE_ACCESS_SETTINGS_REPLACE = "accounts/private-access-settings/replace";

    /** {@code POST /api/2.0/accounts/{account_id}/scim/v2/Groups} */
    public static final String ACCOUNTS_SCIM_V2_GROUPS_CREATE = "accounts/scim/v2/Groups/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/scim/v2/Groups/{id}} */
    public static final String ACCOUNTS_SCIM_V2_GROUPS_DELETE = "accounts/scim/v2/Groups/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/scim/v2/Groups/{id}} */
    public static final String ACCOUNTS_SCIM_V2_GROUPS_GET = "accounts/scim/v2/Groups/get";

    /** {@code GET /api/2.0/accounts/{account_id}/scim/v2/Groups} */
    public static final String ACCOUNTS_SCIM_V2_GROUPS_LIST = "accounts/scim/v2/Groups/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/scim/v2/Groups/{id}} */
    public static final String ACCOUNTS_SCIM_V2_GROUPS_PATCH = "accounts/scim/v2/Groups/patch";

    /** {@code PUT /api/2.0/accounts/{account_id}/scim/v2/Groups/{id}} */
    public static final String ACCOUNTS_SCIM_V2_GROUPS_UPDATE = "accounts/scim/v2/Groups/update";

    /** {@code POST /api/2.0/accounts/{account_id}/scim/v2/ServicePrincipals} */
    public static final String ACCOUNTS_SCIM_V2_SERVICE_PRINCIPALS_CREATE = "accounts/scim/v2/ServicePrincipals/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/scim/v2/ServicePrincipals/{id}} */
    public static final String ACCOUNTS_SCIM_V2_SERVICE_PRINCIPALS_DELETE = "accounts/scim/v2/ServicePrincipals/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/scim/v2/ServicePrincipals/{id}} */
    public static final String ACCOUNTS_SCIM_V2_SERVICE_PRINCIPALS_GET = "accounts/scim/v2/ServicePrincipals/get";

    /** {@code GET /api/2.0/accounts/{account_id}/scim/v2/ServicePrincipals} */
    public static final String ACCOUNTS_SCIM_V2_SERVICE_PRINCIPALS_LIST = "accounts/scim/v2/ServicePrincipals/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/scim/v2/ServicePrincipals/{id}} */
    public static final String ACCOUNTS_SCIM_V2_SERVICE_PRINCIPALS_PATCH = "accounts/scim/v2/ServicePrincipals/patch";

    /** {@code PUT /api/2.0/accounts/{account_id}/scim/v2/ServicePrincipals/{id}} */
    public static final String ACCOUNTS_SCIM_V2_SERVICE_PRINCIPALS_UPDATE = "accounts/scim/v2/ServicePrincipals/update";

    /** {@code POST /api/2.0/accounts/{account_id}/scim/v2/Users} */
    public static final String ACCOUNTS_SCIM_V2_USERS_CREATE = "accounts/scim/v2/Users/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/scim/v2/Users/{id}} */
    public static final String ACCOUNTS_SCIM_V2_USERS_DELETE = "accounts/scim/v2/Users/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/scim/v2/Users/{id}} */
    public static final String ACCOUNTS_SCIM_V2_USERS_GET = "accounts/scim/v2/Users/get";

    /** {@code GET /api/2.0/accounts/{account_id}/scim/v2/Users} */
    public static final String ACCOUNTS_SCIM_V2_USERS_LIST = "accounts/scim/v2/Users/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/scim/v2/Users/{id}} */
    public static final String ACCOUNTS_SCIM_V2_USERS_PATCH = "accounts/scim/v2/Users/patch";

    /** {@code PUT /api/2.0/accounts/{account_id}/scim/v2/Users/{id}} */
    public static final String ACCOUNTS_SCIM_V2_USERS_UPDATE = "accounts/scim/v2/Users/update";

    /** {@code POST /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/credentials/secrets} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_CREDENTIALS_SECRETS_CREATE_SERVICE_PRINCIPAL_SECRETS = "accounts/servicePrincipals/credentials/secrets/create.service-principal-secrets";

    /** {@code POST /api/2.0/accounts/servicePrincipals/{service_principal_id}/credentials/secrets} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_CREDENTIALS_SECRETS_CREATE_SERVICE_PRINCIPAL_SECRETS_PROXY = "accounts/servicePrincipals/credentials/secrets/create.service-principal-secrets-proxy";

    /** {@code DELETE /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/credentials/secrets/{secret_id}} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_CREDENTIALS_SECRETS_DELETE_SERVICE_PRINCIPAL_SECRETS = "accounts/servicePrincipals/credentials/secrets/delete.service-principal-secrets";

    /** {@code DELETE /api/2.0/accounts/servicePrincipals/{service_principal_id}/credentials/secrets/{secret_id}} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_CREDENTIALS_SECRETS_DELETE_SERVICE_PRINCIPAL_SECRETS_PROXY = "accounts/servicePrincipals/credentials/secrets/delete.service-principal-secrets-proxy";

    /** {@code GET /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/credentials/secrets} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_CREDENTIALS_SECRETS_LIST_SERVICE_PRINCIPAL_SECRETS = "accounts/servicePrincipals/credentials/secrets/list.service-principal-secrets";

    /** {@code GET /api/2.0/accounts/servicePrincipals/{service_principal_id}/credentials/secrets} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_CREDENTIALS_SECRETS_LIST_SERVICE_PRINCIPAL_SECRETS_PROXY = "accounts/servicePrincipals/credentials/secrets/list.service-principal-secrets-proxy";

    /** {@code POST /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/federationPolicies} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_FEDERATION_POLICIES_CREATE = "accounts/servicePrincipals/federationPolicies/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/federationPolicies/{policy_id}} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_FEDERATION_POLICIES_DELETE = "accounts/servicePrincipals/federationPolicies/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/federationPolicies/{policy_id}} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_FEDERATION_POLICIES_GET = "accounts/servicePrincipals/federationPolicies/get";

    /** {@code GET /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/federationPolicies} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_FEDERATION_POLICIES_LIST = "accounts/servicePrincipals/federationPolicies/list";

    /** {@code PATCH /api/2.0/accounts/{account_id}/servicePrincipals/{service_principal_id}/federationPolicies/{policy_id}} */
    public static final String ACCOUNTS_SERVICE_PRINCIPALS_FEDERATION_POLICIES_UPDATE = "accounts/servicePrincipals/federationPolicies/update";

    /** {@code GET /api/2.1/accounts/{account_id}/settings-metadata} */
    public static final String ACCOUNTS_SETTINGS_METADATA = "accounts/settings-metadata";

    /** {@code GET /api/2.1/accounts/{account_id}/settings/{name}} */
    public static final String ACCOUNTS_SETTINGS_GET = "accounts/settings/get";

    /** {@code PATCH /api/2.1/accounts/{account_id}/settings/{name}} */
    public static final String ACCOUNTS_SETTINGS_PATCH = "accounts/settings/patch";

    /** {@code DELETE /api/2.0/accounts/{account_id}/settings/types/acct_ip_acl_enable/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_ACCT_IP_ACL_ENABLE_NAMES_DEFAULT_DELETE = "accounts/settings/types/acct_ip_acl_enable/names/default/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/acct_ip_acl_enable/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_ACCT_IP_ACL_ENABLE_NAMES_DEFAULT_GET = "accounts/settings/types/acct_ip_acl_enable/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/acct_ip_acl_enable/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_ACCT_IP_ACL_ENABLE_NAMES_DEFAULT_UPDATE = "accounts/settings/types/acct_ip_acl_enable/names/default/update";

    /** {@code DELETE /api/2.0/accounts/{account_id}/settings/types/dcp_acct_enable/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_DCP_ACCT_ENABLE_NAMES_DEFAULT_DELETE = "accounts/settings/types/dcp_acct_enable/names/default/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/dcp_acct_enable/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_DCP_ACCT_ENABLE_NAMES_DEFAULT_GET = "accounts/settings/types/dcp_acct_enable/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/dcp_acct_enable/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_DCP_ACCT_ENABLE_NAMES_DEFAULT_UPDATE = "accounts/settings/types/dcp_acct_enable/names/default/update";

    /** {@code DELETE /api/2.0/accounts/{account_id}/settings/types/disable_legacy_features/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_DISABLE_LEGACY_FEATURES_NAMES_DEFAULT_DELETE = "accounts/settings/types/disable_legacy_features/names/default/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/disable_legacy_features/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_DISABLE_LEGACY_FEATURES_NAMES_DEFAULT_GET = "accounts/settings/types/disable_legacy_features/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/disable_legacy_features/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_DISABLE_LEGACY_FEATURES_NAMES_DEFAULT_UPDATE = "accounts/settings/types/disable_legacy_features/names/default/update";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/llm_proxy_partner_powered/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_NAMES_DEFAULT_GET = "accounts/settings/types/llm_proxy_partner_powered/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/llm_proxy_partner_powered/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_NAMES_DEFAULT_UPDATE = "accounts/settings/types/llm_proxy_partner_powered/names/default/update";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/llm_proxy_partner_powered_enforce/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_ENFORCE_NAMES_DEFAULT_GET = "accounts/settings/types/llm_proxy_partner_powered_enforce/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/llm_proxy_partner_powered_enforce/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_ENFORCE_NAMES_DEFAULT_UPDATE = "accounts/settings/types/llm_proxy_partner_powered_enforce/names/default/update";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/shield_csp_enablement_ac/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_SHIELD_CSP_ENABLEMENT_AC_NAMES_DEFAULT_GET = "accounts/settings/types/shield_csp_enablement_ac/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/shield_csp_enablement_ac/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_SHIELD_CSP_ENABLEMENT_AC_NAMES_DEFAULT_UPDATE = "accounts/settings/types/shield_csp_enablement_ac/names/default/update";

    /** {@code GET /api/2.0/accounts/{account_id}/settings/types/shield_esm_enablement_ac/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_SHIELD_ESM_ENABLEMENT_AC_NAMES_DEFAULT_GET = "accounts/settings/types/shield_esm_enablement_ac/names/default/get";

    /** {@code PATCH /api/2.0/accounts/{account_id}/settings/types/shield_esm_enablement_ac/names/default} */
    public static final String ACCOUNTS_SETTINGS_TYPES_SHIELD_ESM_ENABLEMENT_AC_NAMES_DEFAULT_UPDATE = "accounts/settings/types/shield_esm_enablement_ac/names/default/update";

    /** {@code POST /api/2.0/accounts/{account_id}/storage-configurations} */
    public static final String ACCOUNTS_STORAGE_CONFIGURATIONS_CREATE = "accounts/storage-configurations/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/storage-configurations/{storage_configuration_id}} */
    public static final String ACCOUNTS_STORAGE_CONFIGURATIONS_DELETE = "accounts/storage-configurations/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/storage-configurations/{storage_configuration_id}} */
    public static final String ACCOUNTS_STORAGE_CONFIGURATIONS_GET = "accounts/storage-configurations/get";

    /** {@code GET /api/2.0/accounts/{account_id}/storage-configurations} */
    public static final String ACCOUNTS_STORAGE_CONFIGURATIONS_LIST = "accounts/storage-configurations/list";

    /** {@code GET /api/2.0/accounts/{account_id}/usage/download} */
    public static final String ACCOUNTS_USAGE_DOWNLOAD = "accounts/usage/download";

    /** {@code GET /api/2.1/accounts/{account_id}/users/{user_id}/settings-metadata} */
    public static final String ACCOUNTS_USERS_SETTINGS_METADATA = "accounts/users/settings-metadata";

    /** {@code GET /api/2.1/accounts/{account_id}/users/{user_id}/settings/{name}} */
    public static final String ACCOUNTS_USERS_SETTINGS_GET = "accounts/users/settings/get";

    /** {@code PATCH /api/2.1/accounts/{account_id}/users/{user_id}/settings/{name}} */
    public static final String ACCOUNTS_USERS_SETTINGS_PATCH = "accounts/users/settings/patch";

    /** {@code POST /api/2.0/accounts/{account_id}/vpc-endpoints} */
    public static final String ACCOUNTS_VPC_ENDPOINTS_CREATE = "accounts/vpc-endpoints/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/vpc-endpoints/{vpc_endpoint_id}} */
    public static final String ACCOUNTS_VPC_ENDPOINTS_DELETE = "accounts/vpc-endpoints/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/vpc-endpoints/{vpc_endpoint_id}} */
    public static final String ACCOUNTS_VPC_ENDPOINTS_GET = "accounts/vpc-endpoints/get";

    /** {@code GET /api/2.0/accounts/{account_id}/vpc-endpoints} */
    public static final String ACCOUNTS_VPC_ENDPOINTS_LIST = "accounts/vpc-endpoints/list";

    /** {@code POST /api/2.0/accounts/{account_id}/workspaces} */
    public static final String ACCOUNTS_WORKSPACES_CREATE = "accounts/workspaces/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/workspaces/{workspace_id}} */
    public static final String ACCOUNTS_WORKSPACES_DELETE = "accounts/workspaces/delete";

    /** {@code GET /api/2.0/accounts/{account_id}/workspaces/{workspace_id}} */
    public static final String ACCOUNTS_WORKSPACES_GET = "accounts/workspaces/get";

    /** {@code GET /api/2.0/accounts/{account_id}/workspaces} */
    public static final String ACCOUNTS_WORKSPACES_LIST = "accounts/workspaces/list";

    /** {@code GET /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/metastore} */
    public static final String ACCOUNTS_WORKSPACES_METASTORE = "accounts/workspaces/metastore";

    /** {@code POST /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/metastores/{metastore_id}} */
    public static final String ACCOUNTS_WORKSPACES_METASTORES_CREATE = "accounts/workspaces/metastores/create";

    /** {@code DELETE /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/metastores/{metastore_id}} */
    public static final String ACCOUNTS_WORKSPACES_METASTORES_DELETE = "accounts/workspaces/metastores/delete";

    /** {@code PUT /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/metastores/{metastore_id}} */
    public static final String ACCOUNTS_WORKSPACES_METASTORES_UPDATE = "accounts/workspaces/metastores/update";

    /** {@code GET /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/network} */
    public static final String ACCOUNTS_WORKSPACES_NETWORK_GET = "accounts/workspaces/network/get";

    /** {@code PUT /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/network} */
    public static final String ACCOUNTS_WORKSPACES_NETWORK_UPDATE = "accounts/workspaces/network/update";

    /** {@code GET /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/permissionassignments} */
    public static final String ACCOUNTS_WORKSPACES_PERMISSIONASSIGNMENTS = "accounts/workspaces/permissionassignments";

    /** {@code GET /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/permissionassignments/permissions} */
    public static final String ACCOUNTS_WORKSPACES_PERMISSIONASSIGNMENTS_PERMISSIONS = "accounts/workspaces/permissionassignments/permissions";

    /** {@code DELETE /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/permissionassignments/principals/{principal_id}} */
    public static final String ACCOUNTS_WORKSPACES_PERMISSIONASSIGNMENTS_PRINCIPALS_DELETE = "accounts/workspaces/permissionassignments/principals/delete";

    /** {@code PUT /api/2.0/accounts/{account_id}/workspaces/{workspace_id}/permissionassignments/principals/{principal_id}} */
    public static final String ACCOUNTS_WORKSPACES_PERMISSIONASSIGNMENTS_PRINCIPALS_UPDATE = "accounts/workspaces/permissionassignments/principals/update";

    /** {@code PATCH /api/2.0/accounts/{account_id}/workspaces/{workspace_id}} */
    public static final String ACCOUNTS_WORKSPACES_UPDATE = "accounts/workspaces/update";

    /** {@code DELETE /api/2.0/ai-search/{name}} */
    public static final String AI_SEARCH_DELETE = "ai-search/delete";

    /** {@code POST /api/2.0/ai-search/{parent}/endpoints} */
    public static final String AI_SEARCH_ENDPOINTS_CREATE = "ai-search/endpoints/create";

    /** {@code GET /api/2.0/ai-search/{parent}/endpoints} */
    public static final String AI_SEARCH_ENDPOINTS_LIST = "ai-search/endpoints/list";

    /** {@code GET /api/2.0/ai-search/{name}} */
    public static final String AI_SEARCH_GET = "ai-search/get";

    /** {@code POST /api/2.0/ai-search/{parent}/indexes} */
    public static final String AI_SEARCH_INDEXES_CREATE = "ai-search/indexes/create";

    /** {@code GET /api/2.0/ai-search/{parent}/indexes} */
    public static final String AI_SEARCH_INDEXES_LIST = "ai-search/indexes/list";

    /** {@code POST /api/2.0/ai-search/{name}:query} */
    public static final String AI_SEARCH_QUERY = "ai-search/query";

    /** {@code POST /api/2.0/ai-search/{name}:removeData} */
    public static final String AI_SEARCH_REMOVE_DATA = "ai-search/removeData";

    /** {@code POST /api/2.0/ai-search/{name}:scan} */
    public static final String AI_SEARCH_SCAN = "ai-search/scan";

    /** {@code POST /api/2.0/ai-search/{name}:sync} */
    public static final String AI_SEARCH_SYNC = "ai-search/sync";

    /** {@code PATCH /api/2.0/ai-search/{name}} */
    public static final String AI_SEARCH_UPDATE = "ai-search/update";

    /** {@code POST /api/2.0/ai-search/{name}:upsertData} */
    public static final String AI_SEARCH_UPSERT_DATA = "ai-search/upsertData";

    /** {@code POST /api/2.0/alerts} */
    public static final String ALERTS_CREATE = "alerts/create";

    /** {@code GET /api/2.0/alerts/{id}} */
    public static final String ALERTS_GET = "alerts/get";

    /** {@code GET /api/2.0/alerts} */
    public static final String ALERTS_LIST = "alerts/list";

    /** {@code DELETE /api/2.0/alerts/{id}} */
    public static final String ALERTS_TRASH = "alerts/trash";

    /** {@code PATCH /api/2.0/alerts/{id}} */
    public static final String ALERTS_UPDATE = "alerts/update";

    /** {@code POST /api/data-classification/v1/{parent}/config} */
    public static final String API_DATA_CLASSIFICATION_V1_CONFIG = "api/data-classification/v1/config";

    /** {@code DELETE /api/data-classification/v1/{name}} */
    public static final String API_DATA_CLASSIFICATION_V1_DELETE = "api/data-classification/v1/delete";

    /** {@code GET /api/data-classification/v1/{name}} */
    public static final String API_DATA_CLASSIFICATION_V1_GET = "api/data-classification/v1/get";

    /** {@code PATCH /api/data-classification/v1/{name}} */
    public static final String API_DATA_CLASSIFICATION_V1_UPDATE = "api/data-classification/v1/update";

    /** {@code POST /api/data-quality/v1/monitors} */
    public static final String API_DATA_QUALITY_V1_MONITORS_CREATE = "api/data-quality/v1/monitors/create";

    /** {@code DELETE /api/data-quality/v1/monitors/{object_type}/{object_id}} */
    public static final String API_DATA_QUALITY_V1_MONITORS_DELETE = "api/data-quality/v1/monitors/delete";

    /** {@code GET /api/data-quality/v1/monitors/{object_type}/{object_id}} */
    public static final String API_DATA_QUALITY_V1_MONITORS_GET = "api/data-quality/v1/monitors/get";

    /** {@code GET /api/data-quality/v1/monitors} */
    public static final String API_DATA_QUALITY_V1_MONITORS_LIST = "api/data-quality/v1/monitors/list";

    /** {@code POST /api/data-quality/v1/monitors/{object_type}/{object_id}/refreshes/{refresh_id}/cancel} */
    public static final String API_DATA_QUALITY_V1_MONITORS_REFRESHES_CANCEL = "api/data-quality/v1/monitors/refreshes/cancel";

    /** {@code POST /api/data-quality/v1/monitors/{object_type}/{object_id}/refreshes} */
    public static final String API_DATA_QUALITY_V1_MONITORS_REFRESHES_CREATE = "api/data-quality/v1/monitors/refreshes/create";

    /** {@code DELETE /api/data-quality/v1/monitors/{object_type}/{object_id}/refreshes/{refresh_id}} */
    public static final String API_DATA_QUALITY_V1_MONITORS_REFRESHES_DELETE = "api/data-quality/v1/monitors/refreshes/delete";

    /** {@code GET /api/data-quality/v1/monitors/{object_type}/{object_id}/refreshes/{refresh_id}} */
    public static final String API_DATA_QUALITY_V1_MONITORS_REFRESHES_GET = "api/data-quality/v1/monitors/refreshes/get";

    /** {@code GET /api/data-quality/v1/monitors/{object_type}/{object_id}/refreshes} */
    public static final String API_DATA_QUALITY_V1_MONITORS_REFRESHES_LIST = "api/data-quality/v1/monitors/refreshes/list";

    /** {@code PATCH /api/data-quality/v1/monitors/{object_type}/{object_id}/refreshes/{refresh_id}} */
    public static final String API_DATA_QUALITY_V1_MONITORS_REFRESHES_UPDATE = "api/data-quality/v1/monitors/refreshes/update";

    /** {@code PATCH /api/data-quality/v1/monitors/{object_type}/{object_id}} */
    public static final String API_DATA_QUALITY_V1_MONITORS_UPDATE = "api/data-quality/v1/monitors/update";

    /** {@code DELETE /api/disaster-recovery/v1/{name}} */
    public static final String API_DISASTER_RECOVERY_V1_DELETE = "api/disaster-recovery/v1/delete";

    /** {@code POST /api/disaster-recovery/v1/{name}/failover} */
    public static final String API_DISASTER_RECOVERY_V1_FAILOVER = "api/disaster-recovery/v1/failover";

    /** {@code POST /api/disaster-recovery/v1/{parent}/failover-groups} */
    public static final String API_DISASTER_RECOVERY_V1_FAILOVER_GROUPS_CREATE = "api/disaster-recovery/v1/failover-groups/create";

    /** {@code GET /api/disaster-recovery/v1/{parent}/failover-groups} */
    public static final String API_DISASTER_RECOVERY_V1_FAILOVER_GROUPS_LIST = "api/disaster-recovery/v1/failover-groups/list";

    /** {@code GET /api/disaster-recovery/v1/{name}} */
    public static final String API_DISASTER_RECOVERY_V1_GET = "api/disaster-recovery/v1/get";

    /** {@code POST /api/disaster-recovery/v1/{parent}/stable-urls} */
    public static final String API_DISASTER_RECOVERY_V1_STABLE_URLS_CREATE = "api/disaster-recovery/v1/stable-urls/create";

    /** {@code GET /api/disaster-recovery/v1/{parent}/stable-urls} */
    public static final String API_DISASTER_RECOVERY_V1_STABLE_URLS_LIST = "api/disaster-recovery/v1/stable-urls/list";

    /** {@code PATCH /api/disaster-recovery/v1/{name}} */
    public static final String API_DISASTER_RECOVERY_V1_UPDATE = "api/disaster-recovery/v1/update";

    /** {@code DELETE /api/environments/v1/{name}} */
    public static final String API_ENVIRONMENTS_V1_DELETE = "api/environments/v1/delete";

    /** {@code GET /api/environments/v1/{name}} */
    public static final String API_ENVIRONMENTS_V1_GET = "api/environments/v1/get";

    /** {@code POST /api/environments/v1/{name}/refresh} */
    public static final String API_ENVIRONMENTS_V1_REFRESH = "api/environments/v1/refresh";

    /** {@code PATCH /api/environments/v1/{name}} */
    public static final String API_ENVIRONMENTS_V1_UPDATE = "api/environments/v1/update";

    /** {@code POST /api/environments/v1/workspace-base-environments} */
    public static final String API_ENVIRONMENTS_V1_WORKSPACE_BASE_ENVIRONMENTS_CREATE = "api/environments/v1/workspace-base-environments/create";

    /** {@code GET /api/environments/v1/workspace-base-environments} */
    public static final String API_ENVIRONMENTS_V1_WORKSPACE_BASE_ENVIRONMENTS_LIST = "api/environments/v1/workspace-base-environments/list";

    /** {@code DELETE /api/networking/v1/{name}} */
    public static final String API_NETWORKING_V1_DELETE = "api/networking/v1/delete";

    /** {@code POST /api/networking/v1/{parent}/endpoints} */
    public static final String API_NETWORKING_V1_ENDPOINTS_CREATE = "api/networking/v1/endpoints/create";

    /** {@code GET /api/networking/v1/{parent}/endpoints} */
    public static final String API_NETWORKING_V1_ENDPOINTS_LIST = "api/networking/v1/endpoints/list";

    /** {@code GET /api/networking/v1/{name}} */
    public static final String API_NETWORKING_V1_GET = "api/networking/v1/get";

    /** {@code POST /api/warehouses/v1/default-warehouse-overrides} */
    public static final String API_WAREHOUSES_V1_DEFAULT_WAREHOUSE_OVERRIDES_CREATE = "api/warehouses/v1/default-warehouse-overrides/create";

    /** {@code GET /api/warehouses/v1/default-warehouse-overrides} */
    public static final String API_WAREHOUSES_V1_DEFAULT_WAREHOUSE_OVERRIDES_LIST = "api/warehouses/v1/default-warehouse-overrides/list";

    /** {@code DELETE /api/warehouses/v1/{name}} */
    public static final String API_WAREHOUSES_V1_DELETE = "api/warehouses/v1/delete";

    /** {@code GET /api/warehouses/v1/{name}} */
    public static final String API_WAREHOUSES_V1_GET = "api/warehouses/v1/get";

    /** {@code PATCH /api/warehouses/v1/{name}} */
    public static final String API_WAREHOUSES_V1_UPDATE = "api/warehouses/v1/update";

    /** {@code POST /api/2.0/app-spaces} */
    public static final String APP_SPACES_CREATE = "app-spaces/create";

    /** {@code DELETE /api/2.0/app-spaces/{name}} */
    public static final String APP_SPACES_DELETE = "app-spaces/delete";

    /** {@code GET /api/2.0/app-spaces/{name}} */
    public static final String APP_SPACES_GET = "app-spaces/get";

    /** {@code GET /api/2.0/app-spaces} */
    public static final String APP_SPACES_LIST = "app-spaces/list";

    /** {@code GET /api/2.0/app-spaces/{name}/operation} */
    public static final String APP_SPACES_OPERATION = "app-spaces/operation";

    /** {@code PATCH /api/2.0/app-spaces/{name}} */
    public static final String APP_SPACES_UPDATE = "app-spaces/update";

    /** {@code POST /api/2.0/apps-settings/templates} */
    public static final String APPS_SETTINGS_TEMPLATES_CREATE = "apps-settings/templates/create";

    /** {@code DELETE /api/2.0/apps-settings/templates/{name}} */
    public static final String APPS_SETTINGS_TEMPLATES_DELETE = "apps-settings/templates/delete";

    /** {@code GET /api/2.0/apps-settings/templates/{name}} */
    public static final String APPS_SETTINGS_TEMPLATES_GET = "apps-settings/templates/get";

    /** {@code GET /api/2.0/apps-settings/templates} */
    public static final String APPS_SETTINGS_TEMPLATES_LIST = "apps-settings/templates/list";

    /** {@code PUT /api/2.0/apps-settings/templates/{name}} */
    public static final String APPS_SETTINGS_TEMPLATES_UPDATE = "apps-settings/templates/update";

    /** {@code POST /api/2.0/apps} */
    public static final String APPS_CREATE = "apps/create";

    /** {@code DELETE /api/2.0/apps/{name}} */
    public static final String APPS_DELETE = "apps/delete";

    /** {@code POST /api/2.0/apps/{app_name}/deployments} */
    public static final String APPS_DEPLOYMENTS_DEPLOY = "apps/deployments/deploy";

    /** {@code GET /api/2.0/apps/{app_name}/deployments/{deployment_id}} */
    public static final String APPS_DEPLOYMENTS_GET = "apps/deployments/get";

    /** {@code GET /api/2.0/apps/{app_name}/deployments} */
    public static final String APPS_DEPLOYMENTS_LIST = "apps/deployments/list";

    /** {@code GET /api/2.0/apps/{name}} */
    public static final String APPS_GET = "apps/get";

    /** {@code GET /api/2.0/apps} */
    public static final String APPS_LIST = "apps/list";

    /** {@code POST /api/2.0/apps/{name}/start} */
    public static final String APPS_START = "apps/start";

    /** {@code POST /api/2.0/apps/{name}/stop} */
    public static final String APPS_STOP = "apps/stop";

    /** {@code DELETE /api/2.0/apps/{name}/thumbnail} */
    public static final String APPS_THUMBNAIL_DELETE = "apps/thumbnail/delete";

    /** {@code PATCH /api/2.0/apps/{name}/thumbnail} */
    public static final String APPS_THUMBNAIL_UPDATE = "apps/thumbnail/update";

    /** {@code PATCH /api/2.0/apps/{name}} */
    public static final String APPS_UPDATE = "apps/update";

    /** {@code POST /api/2.0/apps/{app_name}/update} */
    public static final String APPS_UPDATE_CREATE = "apps/update/create";

    /** {@code GET /api/2.0/apps/{app_name}/update} */
    public static final String APPS_UPDATE_GET = "apps/update/get";

    /** {@code POST /api/2.0/automl/create-forecasting-experiment} */
    public static final String AUTOML_CREATE_FORECASTING_EXPERIMENT = "automl/create-forecasting-experiment";

    /** {@code GET /api/2.0/automl/get-forecasting-experiment/{experiment_id}} */
    public static final String AUTOML_GET_FORECASTING_EXPERIMENT = "automl/get-forecasting-experiment";

    /** {@code POST /api/2.0/bundle/{name}/complete} */
    public static final String BUNDLE_COMPLETE = "bundle/complete";

    /** {@code DELETE /api/2.0/bundle/{name}} */
    public static final String BUNDLE_DELETE = "bundle/delete";

    /** {@code POST /api/2.0/bundle/deployments} */
    public static final String BUNDLE_DEPLOYMENTS_CREATE = "bundle/deployments/create";

    /** {@code GET /api/2.0/bundle/deployments} */
    public static final String BUNDLE_DEPLOYMENTS_LIST = "bundle/deployments/list";

    /** {@code GET /api/2.0/bundle/{name}} */
    public static final String BUNDLE_GET = "bundle/get";

    /** {@code POST /api/2.0/bundle/{name}/heartbeat} */
    public static final String BUNDLE_HEARTBEAT = "bundle/heartbeat";

    /** {@code GET /api/2.0/bundle/{parent}/operations} */
    public static final String BUNDLE_OPERATIONS = "bundle/operations";

    /** Old name of {@link #BUNDLE_OPERATIONS}. */
    @Deprecated
    public static final String BUNDLE_OPERATIONS_LIST = "bundle/operations/list";

    /** {@code GET /api/2.0/bundle/{parent}/resources} */
    public static final String BUNDLE_RESOURCES = "bundle/resources";

    /** {@code PATCH /api/2.0/bundle/{name}} */
    public static final String BUNDLE_UPDATE = "bundle/update";

    /** {@code POST /api/2.0/bundle/{parent}/versions} */
    public static final String BUNDLE_VERSIONS_CREATE = "bundle/versions/create";

    /** {@code GET /api/2.0/bundle/{parent}/versions} */
    public static final String BUNDLE_VERSIONS_LIST = "bundle/versions/list";

    /** {@code POST /api/2.0/clean-rooms/{clean_room_name}/assets} */
    public static final String CLEAN_ROOMS_ASSETS_CREATE = "clean-rooms/assets/create";

    /** {@code DELETE /api/2.0/clean-rooms/{clean_room_name}/assets/{asset_type}/{name}} */
    public static final String CLEAN_ROOMS_ASSETS_DELETE = "clean-rooms/assets/delete";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/assets/{asset_type}/{name}} */
    public static final String CLEAN_ROOMS_ASSETS_GET = "clean-rooms/assets/get";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/assets} */
    public static final String CLEAN_ROOMS_ASSETS_LIST = "clean-rooms/assets/list";

    /** {@code POST /api/2.0/clean-rooms/{clean_room_name}/assets/{asset_type}/{name}/reviews} */
    public static final String CLEAN_ROOMS_ASSETS_REVIEWS = "clean-rooms/assets/reviews";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/assets/{asset_type}/{name}/revisions/{etag}} */
    public static final String CLEAN_ROOMS_ASSETS_REVISIONS_GET = "clean-rooms/assets/revisions/get";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/assets/{asset_type}/{name}/revisions} */
    public static final String CLEAN_ROOMS_ASSETS_REVISIONS_LIST = "clean-rooms/assets/revisions/list";

    /** {@code PATCH /api/2.0/clean-rooms/{clean_room_name}/assets/{asset_type}/{name}} */
    public static final String CLEAN_ROOMS_ASSETS_UPDATE = "clean-rooms/assets/update";

    /** {@code POST /api/2.0/clean-rooms/{clean_room_name}/auto-approval-rules} */
    public static final String CLEAN_ROOMS_AUTO_APPROVAL_RULES_CREATE = "clean-rooms/auto-approval-rules/create";

    /** {@code DELETE /api/2.0/clean-rooms/{clean_room_name}/auto-approval-rules/{rule_id}} */
    public static final String CLEAN_ROOMS_AUTO_APPROVAL_RULES_DELETE = "clean-rooms/auto-approval-rules/delete";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/auto-approval-rules/{rule_id}} */
    public static final String CLEAN_ROOMS_AUTO_APPROVAL_RULES_GET = "clean-rooms/auto-approval-rules/get";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/auto-approval-rules} */
    public static final String CLEAN_ROOMS_AUTO_APPROVAL_RULES_LIST = "clean-rooms/auto-approval-rules/list";

    /** {@code PATCH /api/2.0/clean-rooms/{clean_room_name}/auto-approval-rules/{rule_id}} */
    public static final String CLEAN_ROOMS_AUTO_APPROVAL_RULES_UPDATE = "clean-rooms/auto-approval-rules/update";

    /** {@code POST /api/2.0/clean-rooms} */
    public static final String CLEAN_ROOMS_CREATE = "clean-rooms/create";

    /** {@code DELETE /api/2.0/clean-rooms/{name}} */
    public static final String CLEAN_ROOMS_DELETE = "clean-rooms/delete";

    /** {@code GET /api/2.0/clean-rooms/{name}} */
    public static final String CLEAN_ROOMS_GET = "clean-rooms/get";

    /** {@code GET /api/2.0/clean-rooms} */
    public static final String CLEAN_ROOMS_LIST = "clean-rooms/list";

    /** {@code POST /api/2.0/clean-rooms/{clean_room_name}/output-catalogs} */
    public static final String CLEAN_ROOMS_OUTPUT_CATALOGS = "clean-rooms/output-catalogs";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/runs} */
    public static final String CLEAN_ROOMS_RUNS = "clean-rooms/runs";

    /** {@code GET /api/2.0/clean-rooms/{clean_room_name}/task-runs} */
    public static final String CLEAN_ROOMS_TASK_RUNS = "clean-rooms/task-runs";

    /** {@code PATCH /api/2.0/clean-rooms/{name}} */
    public static final String CLEAN_ROOMS_UPDATE = "clean-rooms/update";

    /** {@code POST /api/2.1/clusters/change-owner} */
    public static final String CLUSTERS_CHANGE_OWNER = "clusters/change-owner";

    /** {@code POST /api/2.1/clusters/create} */
    public static final String CLUSTERS_CREATE = "clusters/create";

    /** {@code POST /api/2.1/clusters/delete} */
    public static final String CLUSTERS_DELETE = "clusters/delete";

    /** {@code POST /api/2.1/clusters/edit} */
    public static final String CLUSTERS_EDIT = "clusters/edit";

    /** {@code POST /api/2.1/clusters/events} */
    public static final String CLUSTERS_EVENTS = "clusters/events";

    /** {@code GET /api/2.1/clusters/get} */
    public static final String CLUSTERS_GET = "clusters/get";

    /** {@code GET /api/2.1/clusters/list} */
    public static final String CLUSTERS_LIST = "clusters/list";

    /** {@code GET /api/2.1/clusters/list-node-types} */
    public static final String CLUSTERS_LIST_NODE_TYPES = "clusters/list-node-types";

    /** {@code GET /api/2.1/clusters/list-zones} */
    public static final String CLUSTERS_LIST_ZONES = "clusters/list-zones";

    /** {@code POST /api/2.1/clusters/permanent-delete} */
    public static final String CLUSTERS_PERMANENT_DELETE = "clusters/permanent-delete";

    /** {@code POST /api/2.1/clusters/pin} */
    public static final String CLUSTERS_PIN = "clusters/pin";

    /** {@code POST /api/2.1/clusters/resize} */
    public static final String CLUSTERS_RESIZE = "clusters/resize";

    /** {@code POST /api/2.1/clusters/restart} */
    public static final String CLUSTERS_RESTART = "clusters/restart";

    /** {@code GET /api/2.1/clusters/spark-versions} */
    public static final String CLUSTERS_SPARK_VERSIONS = "clusters/spark-versions";

    /** {@code POST /api/2.1/clusters/start} */
    public static final String CLUSTERS_START = "clusters/start";

    /** {@code POST /api/2.1/clusters/unpin} */
    public static final String CLUSTERS_UNPIN = "clusters/unpin";

    /** {@code POST /api/2.1/clusters/update} */
    public static final String CLUSTERS_UPDATE = "clusters/update";

    /** Runs the body as code on a cluster through the Command Execution API 1.2 (context, execute, wait, result). */
    public static final String COMMAND = "command";

    /** {@code POST /api/1.2/commands/cancel} */
    public static final String COMMANDS_CANCEL = "commands/cancel";

    /** {@code POST /api/1.2/commands/execute} */
    public static final String COMMANDS_EXECUTE = "commands/execute";

    /** {@code GET /api/1.2/commands/status} */
    public static final String COMMANDS_STATUS = "commands/status";

    /** {@code POST /api/1.2/contexts/create} */
    public static final String CONTEXTS_CREATE = "contexts/create";

    /** {@code POST /api/1.2/contexts/destroy} */
    public static final String CONTEXTS_DESTROY = "contexts/destroy";

    /** {@code GET /api/1.2/contexts/status} */
    public static final String CONTEXTS_STATUS = "contexts/status";

    /** {@code POST /api/2.0/credentials-manager/exchange-tokens/token} */
    public static final String CREDENTIALS_MANAGER_EXCHANGE_TOKENS_TOKEN = "credentials-manager/exchange-tokens/token";

    /** {@code POST /api/2.0/custom-llms} */
    public static final String CUSTOM_LLMS_CREATE = "custom-llms/create";

    /** {@code DELETE /api/2.0/custom-llms/{id}} */
    public static final String CUSTOM_LLMS_DELETE = "custom-llms/delete";

    /** {@code GET /api/2.0/custom-llms/{id}} */
    public static final String CUSTOM_LLMS_GET = "custom-llms/get";

    /** {@code POST /api/2.0/custom-llms/{id}/optimize} */
    public static final String CUSTOM_LLMS_OPTIMIZE = "custom-llms/optimize";

    /** {@code POST /api/2.0/custom-llms/{id}/optimize/cancel} */
    public static final String CUSTOM_LLMS_OPTIMIZE_CANCEL = "custom-llms/optimize/cancel";

    /** {@code PATCH /api/2.0/custom-llms/{id}} */
    public static final String CUSTOM_LLMS_UPDATE = "custom-llms/update";

    /** {@code GET /api/2.1/data-sharing/providers/{provider_name}/shares/{share_name}} */
    public static final String DATA_SHARING_PROVIDERS_SHARES = "data-sharing/providers/shares";

    /** {@code POST /api/2.0/data-sharing/recipients/{recipient_name}/federation-policies} */
    public static final String DATA_SHARING_RECIPIENTS_FEDERATION_POLICIES_CREATE = "data-sharing/recipients/federation-policies/create";

    /** {@code DELETE /api/2.0/data-sharing/recipients/{recipient_name}/federation-policies/{name}} */
    public static final String DATA_SHARING_RECIPIENTS_FEDERATION_POLICIES_DELETE = "data-sharing/recipients/federation-policies/delete";

    /** {@code GET /api/2.0/data-sharing/recipients/{recipient_name}/federation-policies/{name}} */
    public static final String DATA_SHARING_RECIPIENTS_FEDERATION_POLICIES_GET = "data-sharing/recipients/federation-policies/get";

    /** {@code GET /api/2.0/data-sharing/recipients/{recipient_name}/federation-policies} */
    public static final String DATA_SHARING_RECIPIENTS_FEDERATION_POLICIES_LIST = "data-sharing/recipients/federation-policies/list";

    /** {@code POST /api/2.0/database/catalogs} */
    public static final String DATABASE_CATALOGS_CREATE = "database/catalogs/create";

    /** {@code DELETE /api/2.0/database/catalogs/{name}} */
    public static final String DATABASE_CATALOGS_DELETE = "database/catalogs/delete";

    /** {@code GET /api/2.0/database/catalogs/{name}} */
    public static final String DATABASE_CATALOGS_GET = "database/catalogs/get";

    /** {@code PATCH /api/2.0/database/catalogs/{name}} */
    public static final String DATABASE_CATALOGS_UPDATE = "database/catalogs/update";

    /** {@code POST /api/2.0/database/credentials} */
    public static final String DATABASE_CREDENTIALS = "database/credentials";

    /** {@code GET /api/2.0/database/instances/{instance_name}/catalogs} */
    public static final String DATABASE_INSTANCES_CATALOGS = "database/instances/catalogs";

    /** {@code POST /api/2.0/database/instances} */
    public static final String DATABASE_INSTANCES_CREATE = "database/instances/create";

    /** {@code DELETE /api/2.0/database/instances/{name}} */
    public static final String DATABASE_INSTANCES_DELETE = "database/instances/delete";

    /** {@code GET /api/2.0/database/instances:findByUid} */
    public static final String DATABASE_INSTANCES_FIND_BY_UID = "database/instances/findByUid";

    /** {@code GET /api/2.0/database/instances/{name}} */
    public static final String DATABASE_INSTANCES_GET = "database/instances/get";

    /** {@code GET /api/2.0/database/instances} */
    public static final String DATABASE_INSTANCES_LIST = "database/instances/list";

    /** {@code POST /api/2.0/database/instances/{instance_name}/roles} */
    public static final String DATABASE_INSTANCES_ROLES_CREATE = "database/instances/roles/create";

    /** {@code DELETE /api/2.0/database/instances/{instance_name}/roles/{name}} */
    public static final String DATABASE_INSTANCES_ROLES_DELETE = "database/instances/roles/delete";

    /** {@code GET /api/2.0/database/instances/{instance_name}/roles/{name}} */
    public static final String DATABASE_INSTANCES_ROLES_GET = "database/instances/roles/get";

    /** {@code GET /api/2.0/database/instances/{instance_name}/roles} */
    public static final String DATABASE_INSTANCES_ROLES_LIST = "database/instances/roles/list";

    /** {@code GET /api/2.0/database/instances/{instance_name}/synced_tables} */
    public static final String DATABASE_INSTANCES_SYNCED_TABLES = "database/instances/synced_tables";

    /** {@code PATCH /api/2.0/database/instances/{name}} */
    public static final String DATABASE_INSTANCES_UPDATE = "database/instances/update";

    /** {@code POST /api/2.0/database/synced_tables} */
    public static final String DATABASE_SYNCED_TABLES_CREATE = "database/synced_tables/create";

    /** {@code DELETE /api/2.0/database/synced_tables/{name}} */
    public static final String DATABASE_SYNCED_TABLES_DELETE = "database/synced_tables/delete";

    /** {@code GET /api/2.0/database/synced_tables/{name}} */
    public static final String DATABASE_SYNCED_TABLES_GET = "database/synced_tables/get";

    /** {@code PATCH /api/2.0/database/synced_tables/{name}} */
    public static final String DATABASE_SYNCED_TABLES_UPDATE = "database/synced_tables/update";

    /** {@code POST /api/2.0/database/tables} */
    public static final String DATABASE_TABLES_CREATE = "database/tables/create";

    /** {@code DELETE /api/2.0/database/tables/{name}} */
    public static final String DATABASE_TABLES_DELETE = "database/tables/delete";

    /** {@code GET /api/2.0/database/tables/{name}} */
    public static final String DATABASE_TABLES_GET = "database/tables/get";

    /** {@code POST /api/2.0/dbfs/add-block} */
    public static final String DBFS_ADD_BLOCK = "dbfs/add-block";

    /** {@code POST /api/2.0/dbfs/close} */
    public static final String DBFS_CLOSE = "dbfs/close";

    /** {@code POST /api/2.0/dbfs/create} */
    public static final String DBFS_CREATE = "dbfs/create";

    /** {@code POST /api/2.0/dbfs/delete} */
    public static final String DBFS_DELETE = "dbfs/delete";

    /** {@code GET /api/2.0/dbfs/get-status} */
    public static final String DBFS_GET_STATUS = "dbfs/get-status";

    /** {@code GET /api/2.0/dbfs/list} */
    public static final String DBFS_LIST = "dbfs/list";

    /** {@code POST /api/2.0/dbfs/mkdirs} */
    public static final String DBFS_MKDIRS = "dbfs/mkdirs";

    /** {@code POST /api/2.0/dbfs/move} */
    public static final String DBFS_MOVE = "dbfs/move";

    /** {@code POST /api/2.0/dbfs/put} */
    public static final String DBFS_PUT = "dbfs/put";

    /** {@code GET /api/2.0/dbfs/read} */
    public static final String DBFS_READ = "dbfs/read";

    /** {@code POST /api/2.0/entity-tag-assignments} */
    public static final String ENTITY_TAG_ASSIGNMENTS = "entity-tag-assignments";

    /** {@code DELETE /api/2.0/entity-tag-assignments/{entity_type}/{entity_id}/tags/{tag_key}} */
    public static final String ENTITY_TAG_ASSIGNMENTS_TAGS_DELETE = "entity-tag-assignments/tags/delete";

    /** {@code GET /api/2.0/entity-tag-assignments/{entity_type}/{entity_id}/tags/{tag_key}} */
    public static final String ENTITY_TAG_ASSIGNMENTS_TAGS_GET = "entity-tag-assignments/tags/get";

    /** {@code GET /api/2.0/entity-tag-assignments/{entity_type}/{entity_id}/tags} */
    public static final String ENTITY_TAG_ASSIGNMENTS_TAGS_LIST = "entity-tag-assignments/tags/list";

    /** {@code PATCH /api/2.0/entity-tag-assignments/{entity_type}/{entity_id}/tags/{tag_key}} */
    public static final String ENTITY_TAG_ASSIGNMENTS_TAGS_UPDATE = "entity-tag-assignments/tags/update";

    /** {@code POST /api/2.1/{parent}/examples} */
    public static final String EXAMPLES_CREATE = "examples/create";

    /** {@code GET /api/2.1/{parent}/examples} */
    public static final String EXAMPLES_LIST = "examples/list";

    /** {@code POST /api/2.0/external-function} */
    public static final String EXTERNAL_FUNCTION = "external-function";

    /** {@code POST /api/2.0/feature-engineering/features} */
    public static final String FEATURE_ENGINEERING_FEATURES_CREATE = "feature-engineering/features/create";

    /** {@code DELETE /api/2.0/feature-engineering/features/{full_name}} */
    public static final String FEATURE_ENGINEERING_FEATURES_DELETE = "feature-engineering/features/delete";

    /** {@code GET /api/2.0/feature-engineering/features/{full_name}} */
    public static final String FEATURE_ENGINEERING_FEATURES_GET = "feature-engineering/features/get";

    /** {@code POST /api/2.0/feature-engineering/features/kafka-configs} */
    public static final String FEATURE_ENGINEERING_FEATURES_KAFKA_CONFIGS_CREATE = "feature-engineering/features/kafka-configs/create";

    /** {@code DELETE /api/2.0/feature-engineering/features/kafka-configs/{name}} */
    public static final String FEATURE_ENGINEERING_FEATURES_KAFKA_CONFIGS_DELETE = "feature-engineering/features/kafka-configs/delete";

    /** {@code GET /api/2.0/feature-engineering/features/kafka-configs/{name}} */
    public static final String FEATURE_ENGINEERING_FEATURES_KAFKA_CONFIGS_GET = "feature-engineering/features/kafka-configs/get";

    /** {@code GET /api/2.0/feature-engineering/features/kafka-configs} */
    public static final String FEATURE_ENGINEERING_FEATURES_KAFKA_CONFIGS_LIST = "feature-engineering/features/kafka-configs/list";

    /** {@code PATCH /api/2.0/feature-engineering/features/kafka-configs/{name}} */
    public static final String FEATURE_ENGINEERING_FEATURES_KAFKA_CONFIGS_UPDATE = "feature-engineering/features/kafka-configs/update";

    /** {@code GET /api/2.0/feature-engineering/features} */
    public static final String FEATURE_ENGINEERING_FEATURES_LIST = "feature-engineering/features/list";

    /** {@code PATCH /api/2.0/feature-engineering/features/{full_name}} */
    public static final String FEATURE_ENGINEERING_FEATURES_UPDATE = "feature-engineering/features/update";

    /** {@code POST /api/2.0/feature-engineering/materialized-features:batchCreate} */
    public static final String FEATURE_ENGINEERING_MATERIALIZED_FEATURES_BATCH_CREATE = "feature-engineering/materialized-features/batchCreate";

    /** {@code POST /api/2.0/feature-engineering/materialized-features} */
    public static final String FEATURE_ENGINEERING_MATERIALIZED_FEATURES_CREATE = "feature-engineering/materialized-features/create";

    /** {@code DELETE /api/2.0/feature-engineering/materialized-features/{materialized_feature_id}} */
    public static final String FEATURE_ENGINEERING_MATERIALIZED_FEATURES_DELETE = "feature-engineering/materialized-features/delete";

    /** {@code GET /api/2.0/feature-engineering/materialized-features/{materialized_feature_id}} */
    public static final String FEATURE_ENGINEERING_MATERIALIZED_FEATURES_GET = "feature-engineering/materialized-features/get";

    /** {@code GET /api/2.0/feature-engineering/materialized-features} */
    public static final String FEATURE_ENGINEERING_MATERIALIZED_FEATURES_LIST = "feature-engineering/materialized-features/list";

    /** {@code PATCH /api/2.0/feature-engineering/materialized-features/{materialized_feature_id}} */
    public static final String FEATURE_ENGINEERING_MATERIALIZED_FEATURES_UPDATE = "feature-engineering/materialized-features/update";

    /** {@code POST /api/2.0/feature-engineering/streams} */
    public static final String FEATURE_ENGINEERING_STREAMS_CREATE = "feature-engineering/streams/create";

    /** {@code DELETE /api/2.0/feature-engineering/streams/{name}} */
    public static final String FEATURE_ENGINEERING_STREAMS_DELETE = "feature-engineering/streams/delete";

    /** {@code GET /api/2.0/feature-engineering/streams/{name}} */
    public static final String FEATURE_ENGINEERING_STREAMS_GET = "feature-engineering/streams/get";

    /** {@code GET /api/2.0/feature-engineering/streams} */
    public static final String FEATURE_ENGINEERING_STREAMS_LIST = "feature-engineering/streams/list";

    /** {@code PATCH /api/2.0/feature-engineering/streams/{name}} */
    public static final String FEATURE_ENGINEERING_STREAMS_UPDATE = "feature-engineering/streams/update";

    /** {@code GET /api/2.0/feature-store/feature-tables/{table_name}/features/{feature_name}/lineage} */
    public static final String FEATURE_STORE_FEATURE_TABLES_FEATURES_LINEAGE = "feature-store/feature-tables/features/lineage";

    /** {@code POST /api/2.0/feature-store/feature-tables/{table_name}/features/{feature_name}/tags} */
    public static final String FEATURE_STORE_FEATURE_TABLES_FEATURES_TAGS_CREATE = "feature-store/feature-tables/features/tags/create";

    /** {@code DELETE /api/2.0/feature-store/feature-tables/{table_name}/features/{feature_name}/tags/{key}} */
    public static final String FEATURE_STORE_FEATURE_TABLES_FEATURES_TAGS_DELETE = "feature-store/feature-tables/features/tags/delete";

    /** {@code GET /api/2.0/feature-store/feature-tables/{table_name}/features/{feature_name}/tags/{key}} */
    public static final String FEATURE_STORE_FEATURE_TABLES_FEATURES_TAGS_GET = "feature-store/feature-tables/features/tags/get";

    /** {@code GET /api/2.0/feature-store/feature-tables/{table_name}/features/{feature_name}/tags} */
    public static final String FEATURE_STORE_FEATURE_TABLES_FEATURES_TAGS_LIST = "feature-store/feature-tables/features/tags/list";

    /** {@code PATCH /api/2.0/feature-store/feature-tables/{table_name}/features/{feature_name}/tags/{key}} */
    public static final String FEATURE_STORE_FEATURE_TABLES_FEATURES_TAGS_UPDATE = "feature-store/feature-tables/features/tags/update";

    /** {@code POST /api/2.0/feature-store/online-stores} */
    public static final String FEATURE_STORE_ONLINE_STORES_CREATE = "feature-store/online-stores/create";

    /** {@code DELETE /api/2.0/feature-store/online-stores/{name}} */
    public static final String FEATURE_STORE_ONLINE_STORES_DELETE = "feature-store/online-stores/delete";

    /** {@code GET /api/2.0/feature-store/online-stores/{name}} */
    public static final String FEATURE_STORE_ONLINE_STORES_GET = "feature-store/online-stores/get";

    /** {@code GET /api/2.0/feature-store/online-stores} */
    public static final String FEATURE_STORE_ONLINE_STORES_LIST = "feature-store/online-stores/list";

    /** {@code PATCH /api/2.0/feature-store/online-stores/{name}} */
    public static final String FEATURE_STORE_ONLINE_STORES_UPDATE = "feature-store/online-stores/update";

    /** {@code DELETE /api/2.0/feature-store/online-tables/{online_table_name}} */
    public static final String FEATURE_STORE_ONLINE_TABLES = "feature-store/online-tables";

    /** {@code POST /api/2.0/feature-store/tables/{source_table_name}/publish} */
    public static final String FEATURE_STORE_TABLES_PUBLISH = "feature-store/tables/publish";

    /** Lists a Unity Catalog volume directory ({@code fs/directories/list} of {@code path}). */
    public static final String FS_DIRECTORIES = "fs/directories";

    /** {@code PUT /api/2.0/fs/directories{directory_path}} */
    public static final String FS_DIRECTORIES_CREATE = "fs/directories/create";

    /** {@code DELETE /api/2.0/fs/directories{directory_path}} */
    public static final String FS_DIRECTORIES_DELETE = "fs/directories/delete";

    /** {@code HEAD /api/2.0/fs/directories{directory_path}} */
    public static final String FS_DIRECTORIES_HEAD = "fs/directories/head";

    /** {@code GET /api/2.0/fs/directories{directory_path}} */
    public static final String FS_DIRECTORIES_LIST = "fs/directories/list";

    /** {@code DELETE /api/2.0/fs/files{file_path}} */
    public static final String FS_FILES_DELETE = "fs/files/delete";

    /** {@code GET /api/2.0/fs/files{file_path}} */
    public static final String FS_FILES_DOWNLOAD = "fs/files/download";

    /** {@code HEAD /api/2.0/fs/files{file_path}} */
    public static final String FS_FILES_HEAD = "fs/files/head";

    /** {@code PUT /api/2.0/fs/files{file_path}} */
    public static final String FS_FILES_UPLOAD = "fs/files/upload";

    /** {@code GET /api/2.0/genie/{name}/download-visualization} */
    public static final String GENIE_DOWNLOAD_VISUALIZATION = "genie/download-visualization";

    /** {@code DELETE /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}} */
    public static final String GENIE_SPACES_CONVERSATIONS_DELETE = "genie/spaces/conversations/delete";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations} */
    public static final String GENIE_SPACES_CONVERSATIONS_LIST = "genie/spaces/conversations/list";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/list-comments} */
    public static final String GENIE_SPACES_CONVERSATIONS_LIST_COMMENTS = "genie/spaces/conversations/list-comments";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/attachments/{attachment_id}/downloads} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_ATTACHMENTS_DOWNLOADS_GENERATE = "genie/spaces/conversations/messages/attachments/downloads/generate";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/attachments/{attachment_id}/downloads/{download_id}} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_ATTACHMENTS_DOWNLOADS_GET = "genie/spaces/conversations/messages/attachments/downloads/get";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/attachments/{attachment_id}/execute-query} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_ATTACHMENTS_EXECUTE_QUERY = "genie/spaces/conversations/messages/attachments/execute-query";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/attachments/{attachment_id}/query-result} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_ATTACHMENTS_QUERY_RESULT = "genie/spaces/conversations/messages/attachments/query-result";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/comments} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_COMMENTS_CREATE = "genie/spaces/conversations/messages/comments/create";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/comments} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_COMMENTS_LIST = "genie/spaces/conversations/messages/comments/list";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_CREATE = "genie/spaces/conversations/messages/create";

    /** {@code DELETE /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_DELETE = "genie/spaces/conversations/messages/delete";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/execute-query} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_EXECUTE_QUERY = "genie/spaces/conversations/messages/execute-query";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/feedback} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_FEEDBACK = "genie/spaces/conversations/messages/feedback";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_GET = "genie/spaces/conversations/messages/get";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_LIST = "genie/spaces/conversations/messages/list";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/query-result} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_QUERY_RESULT_GET_MESSAGE_QUERY_RESULT = "genie/spaces/conversations/messages/query-result/get-message-query-result";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/conversations/{conversation_id}/messages/{message_id}/query-result/{attachment_id}} */
    public static final String GENIE_SPACES_CONVERSATIONS_MESSAGES_QUERY_RESULT_GET_MESSAGE_QUERY_RESULT_BY_ATTACHMENT = "genie/spaces/conversations/messages/query-result/get-message-query-result-by-attachment";

    /** {@code POST /api/2.0/genie/spaces} */
    public static final String GENIE_SPACES_CREATE = "genie/spaces/create";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/eval-runs} */
    public static final String GENIE_SPACES_EVAL_RUNS_GENIE_CREATE_EVAL_RUN = "genie/spaces/eval-runs/genie-create-eval-run";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/eval-runs/{eval_run_id}} */
    public static final String GENIE_SPACES_EVAL_RUNS_GENIE_GET_EVAL_RUN = "genie/spaces/eval-runs/genie-get-eval-run";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/eval-runs} */
    public static final String GENIE_SPACES_EVAL_RUNS_GENIE_LIST_EVAL_RUNS = "genie/spaces/eval-runs/genie-list-eval-runs";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/eval-runs/{eval_run_id}/results/{result_id}} */
    public static final String GENIE_SPACES_EVAL_RUNS_RESULTS_GENIE_GET_EVAL_RESULT_DETAILS = "genie/spaces/eval-runs/results/genie-get-eval-result-details";

    /** {@code GET /api/2.0/genie/spaces/{space_id}/eval-runs/{eval_run_id}/results} */
    public static final String GENIE_SPACES_EVAL_RUNS_RESULTS_GENIE_LIST_EVAL_RESULTS = "genie/spaces/eval-runs/results/genie-list-eval-results";

    /** {@code GET /api/2.0/genie/spaces/{space_id}} */
    public static final String GENIE_SPACES_GET = "genie/spaces/get";

    /** {@code GET /api/2.0/genie/spaces} */
    public static final String GENIE_SPACES_LIST = "genie/spaces/list";

    /** {@code POST /api/2.0/genie/spaces/{space_id}/start-conversation} */
    public static final String GENIE_SPACES_START_CONVERSATION = "genie/spaces/start-conversation";

    /** {@code DELETE /api/2.0/genie/spaces/{space_id}} */
    public static final String GENIE_SPACES_TRASH = "genie/spaces/trash";

    /** {@code PATCH /api/2.0/genie/spaces/{space_id}} */
    public static final String GENIE_SPACES_UPDATE = "genie/spaces/update";

    /** {@code POST /api/2.0/git-credentials} */
    public static final String GIT_CREDENTIALS_CREATE = "git-credentials/create";

    /** {@code DELETE /api/2.0/git-credentials/{credential_id}} */
    public static final String GIT_CREDENTIALS_DELETE = "git-credentials/delete";

    /** {@code GET /api/2.0/git-credentials/{credential_id}} */
    public static final String GIT_CREDENTIALS_GET = "git-credentials/get";

    /** {@code GET /api/2.0/git-credentials} */
    public static final String GIT_CREDENTIALS_LIST = "git-credentials/list";

    /** {@code PATCH /api/2.0/git-credentials/{credential_id}} */
    public static final String GIT_CREDENTIALS_UPDATE = "git-credentials/update";

    /** {@code POST /api/2.0/global-init-scripts} */
    public static final String GLOBAL_INIT_SCRIPTS_CREATE = "global-init-scripts/create";

    /** {@code DELETE /api/2.0/global-init-scripts/{script_id}} */
    public static final String GLOBAL_INIT_SCRIPTS_DELETE = "global-init-scripts/delete";

    /** {@code GET /api/2.0/global-init-scripts/{script_id}} */
    public static final String GLOBAL_INIT_SCRIPTS_GET = "global-init-scripts/get";

    /** {@code GET /api/2.0/global-init-scripts} */
    public static final String GLOBAL_INIT_SCRIPTS_LIST = "global-init-scripts/list";

    /** {@code PATCH /api/2.0/global-init-scripts/{script_id}} */
    public static final String GLOBAL_INIT_SCRIPTS_UPDATE = "global-init-scripts/update";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/groups} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_CREATE = "identity/accounts/groups/create";

    /** {@code DELETE /api/2.0/identity/accounts/{account_id}/groups/{group_id}} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_DELETE = "identity/accounts/groups/delete";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/groups/{group_id}/direct-members} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_DIRECT_MEMBERS_CREATE = "identity/accounts/groups/direct-members/create";

    /** {@code DELETE /api/2.0/identity/accounts/{account_id}/groups/{group_id}/direct-members/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_DIRECT_MEMBERS_DELETE = "identity/accounts/groups/direct-members/delete";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/groups/{group_id}/direct-members/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_DIRECT_MEMBERS_GET = "identity/accounts/groups/direct-members/get";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/groups/{group_id}/direct-members} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_DIRECT_MEMBERS_LIST = "identity/accounts/groups/direct-members/list";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/groups/{group_id}} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_GET = "identity/accounts/groups/get";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/groups} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_LIST = "identity/accounts/groups/list";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/groups/resolve-by-external-id} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_RESOLVE_BY_EXTERNAL_ID = "identity/accounts/groups/resolve-by-external-id";

    /** {@code PATCH /api/2.0/identity/accounts/{account_id}/groups/{group_id}} */
    public static final String IDENTITY_ACCOUNTS_GROUPS_UPDATE = "identity/accounts/groups/update";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/principals/{principal_id}/transitive-parent-groups} */
    public static final String IDENTITY_ACCOUNTS_PRINCIPALS_TRANSITIVE_PARENT_GROUPS = "identity/accounts/principals/transitive-parent-groups";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/service-principals} */
    public static final String IDENTITY_ACCOUNTS_SERVICE_PRINCIPALS_CREATE = "identity/accounts/service-principals/create";

    /** {@code DELETE /api/2.0/identity/accounts/{account_id}/service-principals/{service_principal_id}} */
    public static final String IDENTITY_ACCOUNTS_SERVICE_PRINCIPALS_DELETE = "identity/accounts/service-principals/delete";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/service-principals/{service_principal_id}} */
    public static final String IDENTITY_ACCOUNTS_SERVICE_PRINCIPALS_GET = "identity/accounts/service-principals/get";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/service-principals} */
    public static final String IDENTITY_ACCOUNTS_SERVICE_PRINCIPALS_LIST = "identity/accounts/service-principals/list";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/service-principals/resolve-by-external-id} */
    public static final String IDENTITY_ACCOUNTS_SERVICE_PRINCIPALS_RESOLVE_BY_EXTERNAL_ID = "identity/accounts/service-principals/resolve-by-external-id";

    /** {@code PATCH /api/2.0/identity/accounts/{account_id}/service-principals/{service_principal_id}} */
    public static final String IDENTITY_ACCOUNTS_SERVICE_PRINCIPALS_UPDATE = "identity/accounts/service-principals/update";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/users} */
    public static final String IDENTITY_ACCOUNTS_USERS_CREATE = "identity/accounts/users/create";

    /** {@code DELETE /api/2.0/identity/accounts/{account_id}/users/{user_id}} */
    public static final String IDENTITY_ACCOUNTS_USERS_DELETE = "identity/accounts/users/delete";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/users/{user_id}} */
    public static final String IDENTITY_ACCOUNTS_USERS_GET = "identity/accounts/users/get";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/users} */
    public static final String IDENTITY_ACCOUNTS_USERS_LIST = "identity/accounts/users/list";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/users/resolve-by-external-id} */
    public static final String IDENTITY_ACCOUNTS_USERS_RESOLVE_BY_EXTERNAL_ID = "identity/accounts/users/resolve-by-external-id";

    /** {@code PATCH /api/2.0/identity/accounts/{account_id}/users/{user_id}} */
    public static final String IDENTITY_ACCOUNTS_USERS_UPDATE = "identity/accounts/users/update";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-access-details/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ACCESS_DETAILS = "identity/accounts/workspaces/workspace-access-details";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignment-details} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENT_DETAILS_CREATE = "identity/accounts/workspaces/workspace-assignment-details/create";

    /** {@code DELETE /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignment-details/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENT_DETAILS_DELETE = "identity/accounts/workspaces/workspace-assignment-details/delete";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignment-details/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENT_DETAILS_GET = "identity/accounts/workspaces/workspace-assignment-details/get";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignment-details} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENT_DETAILS_LIST = "identity/accounts/workspaces/workspace-assignment-details/list";

    /** {@code PATCH /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignment-details/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENT_DETAILS_UPDATE = "identity/accounts/workspaces/workspace-assignment-details/update";

    /** {@code POST /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignments} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENTS_CREATE = "identity/accounts/workspaces/workspace-assignments/create";

    /** {@code DELETE /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignments/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENTS_DELETE = "identity/accounts/workspaces/workspace-assignments/delete";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignments/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENTS_GET = "identity/accounts/workspaces/workspace-assignments/get";

    /** {@code GET /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignments} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENTS_LIST = "identity/accounts/workspaces/workspace-assignments/list";

    /** {@code PATCH /api/2.0/identity/accounts/{account_id}/workspaces/{workspace_id}/workspace-assignments/{principal_id}} */
    public static final String IDENTITY_ACCOUNTS_WORKSPACES_WORKSPACE_ASSIGNMENTS_UPDATE = "identity/accounts/workspaces/workspace-assignments/update";

    /** {@code POST /api/2.0/identity/groups} */
    public static final String IDENTITY_GROUPS_CREATE = "identity/groups/create";

    /** {@code DELETE /api/2.0/identity/groups/{group_id}} */
    public static final String IDENTITY_GROUPS_DELETE = "identity/groups/delete";

    /** {@code POST /api/2.0/identity/groups/{group_id}/direct-members} */
    public static final String IDENTITY_GROUPS_DIRECT_MEMBERS_CREATE = "identity/groups/direct-members/create";

    /** {@code DELETE /api/2.0/identity/groups/{group_id}/direct-members/{principal_id}} */
    public static final String IDENTITY_GROUPS_DIRECT_MEMBERS_DELETE = "identity/groups/direct-members/delete";

    /** {@code GET /api/2.0/identity/groups/{group_id}/direct-members/{principal_id}} */
    public static final String IDENTITY_GROUPS_DIRECT_MEMBERS_GET = "identity/groups/direct-members/get";

    /** {@code GET /api/2.0/identity/groups/{group_id}/direct-members} */
    public static final String IDENTITY_GROUPS_DIRECT_MEMBERS_LIST = "identity/groups/direct-members/list";

    /** {@code GET /api/2.0/identity/groups/{group_id}} */
    public static final String IDENTITY_GROUPS_GET = "identity/groups/get";

    /** {@code GET /api/2.0/identity/groups} */
    public static final String IDENTITY_GROUPS_LIST = "identity/groups/list";

    /** {@code POST /api/2.0/identity/groups/resolve-by-external-id} */
    public static final String IDENTITY_GROUPS_RESOLVE_BY_EXTERNAL_ID = "identity/groups/resolve-by-external-id";

    /** {@code PATCH /api/2.0/identity/groups/{group_id}} */
    public static final String IDENTITY_GROUPS_UPDATE = "identity/groups/update";

    /** {@code GET /api/2.0/identity/principals/{principal_id}/transitive-parent-groups} */
    public static final String IDENTITY_PRINCIPALS_TRANSITIVE_PARENT_GROUPS = "identity/principals/transitive-parent-groups";

    /** {@code POST /api/2.0/identity/service-principals} */
    public static final String IDENTITY_SERVICE_PRINCIPALS_CREATE = "identity/service-principals/create";

    /** {@code DELETE /api/2.0/identity/service-principals/{service_principal_id}} */
    public static final String IDENTITY_SERVICE_PRINCIPALS_DELETE = "identity/service-principals/delete";

    /** {@code GET /api/2.0/identity/service-principals/{service_principal_id}} */
    public static final String IDENTITY_SERVICE_PRINCIPALS_GET = "identity/service-principals/get";

    /** {@code GET /api/2.0/identity/service-principals} */
    public static final String IDENTITY_SERVICE_PRINCIPALS_LIST = "identity/service-principals/list";

    /** {@code POST /api/2.0/identity/service-principals/resolve-by-external-id} */
    public static final String IDENTITY_SERVICE_PRINCIPALS_RESOLVE_BY_EXTERNAL_ID = "identity/service-principals/resolve-by-external-id";

    /** {@code PATCH /api/2.0/identity/service-principals/{service_principal_id}} */
    public static final String IDENTITY_SERVICE_PRINCIPALS_UPDATE = "identity/service-principals/update";

    /** {@code POST /api/2.0/identity/users} */
    public static final String IDENTITY_USERS_CREATE = "identity/users/create";

    /** {@code DELETE /api/2.0/identity/users/{user_id}} */
    public static final String IDENTITY_USERS_DELETE = "identity/users/delete";

    /** {@code GET /api/2.0/identity/users/{user_id}} */
    public static final String IDENTITY_USERS_GET = "identity/users/get";

    /** {@code GET /api/2.0/identity/users} */
    public static final String IDENTITY_USERS_LIST = "identity/users/list";

    /** {@code POST /api/2.0/identity/users/resolve-by-external-id} */
    public static final String IDENTITY_USERS_RESOLVE_BY_EXTERNAL_ID = "identity/users/resolve-by-external-id";

    /** {@code PATCH /api/2.0/identity/users/{user_id}} */
    public static final String IDENTITY_USERS_UPDATE = "identity/users/update";

    /** {@code GET /api/2.0/identity/workspace-access-details/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ACCESS_DETAILS = "identity/workspace-access-details";

    /** {@code POST /api/2.0/identity/workspace-assignment-details} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENT_DETAILS_CREATE = "identity/workspace-assignment-details/create";

    /** {@code DELETE /api/2.0/identity/workspace-assignment-details/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENT_DETAILS_DELETE = "identity/workspace-assignment-details/delete";

    /** {@code GET /api/2.0/identity/workspace-assignment-details/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENT_DETAILS_GET = "identity/workspace-assignment-details/get";

    /** {@code GET /api/2.0/identity/workspace-assignment-details} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENT_DETAILS_LIST = "identity/workspace-assignment-details/list";

    /** {@code PATCH /api/2.0/identity/workspace-assignment-details/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENT_DETAILS_UPDATE = "identity/workspace-assignment-details/update";

    /** {@code POST /api/2.0/identity/workspace-assignments} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENTS_CREATE = "identity/workspace-assignments/create";

    /** {@code DELETE /api/2.0/identity/workspace-assignments/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENTS_DELETE = "identity/workspace-assignments/delete";

    /** {@code GET /api/2.0/identity/workspace-assignments/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENTS_GET = "identity/workspace-assignments/get";

    /** {@code GET /api/2.0/identity/workspace-assignments} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENTS_LIST = "identity/workspace-assignments/list";

    /** {@code PATCH /api/2.0/identity/workspace-assignments/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_ASSIGNMENTS_UPDATE = "identity/workspace-assignments/update";

    /** {@code GET /api/2.0/identity/workspace-identity-details/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_IDENTITY_DETAILS_GET = "identity/workspace-identity-details/get";

    /** {@code PATCH /api/2.0/identity/workspace-identity-details/{principal_id}} */
    public static final String IDENTITY_WORKSPACE_IDENTITY_DETAILS_UPDATE = "identity/workspace-identity-details/update";

    /** {@code POST /api/2.0/instance-pools/create} */
    public static final String INSTANCE_POOLS_CREATE = "instance-pools/create";

    /** {@code POST /api/2.0/instance-pools/delete} */
    public static final String INSTANCE_POOLS_DELETE = "instance-pools/delete";

    /** {@code POST /api/2.0/instance-pools/edit} */
    public static final String INSTANCE_POOLS_EDIT = "instance-pools/edit";

    /** {@code GET /api/2.0/instance-pools/get} */
    public static final String INSTANCE_POOLS_GET = "instance-pools/get";

    /** {@code GET /api/2.0/instance-pools/list} */
    public static final String INSTANCE_POOLS_LIST = "instance-pools/list";

    /** {@code POST /api/2.0/instance-profiles/add} */
    public static final String INSTANCE_PROFILES_ADD = "instance-profiles/add";

    /** {@code POST /api/2.0/instance-profiles/edit} */
    public static final String INSTANCE_PROFILES_EDIT = "instance-profiles/edit";

    /** {@code GET /api/2.0/instance-profiles/list} */
    public static final String INSTANCE_PROFILES_LIST = "instance-profiles/list";

    /** {@code POST /api/2.0/instance-profiles/remove} */
    public static final String INSTANCE_PROFILES_REMOVE = "instance-profiles/remove";

    /** {@code POST /api/2.0/ip-access-lists} */
    public static final String IP_ACCESS_LISTS_CREATE = "ip-access-lists/create";

    /** {@code DELETE /api/2.0/ip-access-lists/{ip_access_list_id}} */
    public static final String IP_ACCESS_LISTS_DELETE = "ip-access-lists/delete";

    /** {@code GET /api/2.0/ip-access-lists/{ip_access_list_id}} */
    public static final String IP_ACCESS_LISTS_GET = "ip-access-lists/get";

    /** {@code GET /api/2.0/ip-access-lists} */
    public static final String IP_ACCESS_LISTS_LIST = "ip-access-lists/list";

    /** {@code PUT /api/2.0/ip-access-lists/{ip_access_list_id}} */
    public static final String IP_ACCESS_LISTS_REPLACE = "ip-access-lists/replace";

    /** {@code PATCH /api/2.0/ip-access-lists/{ip_access_list_id}} */
    public static final String IP_ACCESS_LISTS_UPDATE = "ip-access-lists/update";

    /** {@code POST /api/2.2/jobs/create} */
    public static final String JOBS_CREATE = "jobs/create";

    /** {@code POST /api/2.2/jobs/delete} */
    public static final String JOBS_DELETE = "jobs/delete";

    /** {@code GET /api/2.2/jobs/get} */
    public static final String JOBS_GET = "jobs/get";

    /** {@code GET /api/2.2/jobs/list} */
    public static final String JOBS_LIST = "jobs/list";

    /** {@code POST /api/2.2/jobs/reset} */
    public static final String JOBS_RESET = "jobs/reset";

    /** {@code POST /api/2.2/jobs/run-now} */
    public static final String JOBS_RUN_NOW = "jobs/run-now";

    /** {@code POST /api/2.2/jobs/runs/cancel} */
    public static final String JOBS_RUNS_CANCEL = "jobs/runs/cancel";

    /** {@code POST /api/2.2/jobs/runs/cancel-all} */
    public static final String JOBS_RUNS_CANCEL_ALL = "jobs/runs/cancel-all";

    /** {@code POST /api/2.2/jobs/runs/delete} */
    public static final String JOBS_RUNS_DELETE = "jobs/runs/delete";

    /** {@code GET /api/2.2/jobs/runs/export} */
    public static final String JOBS_RUNS_EXPORT = "jobs/runs/export";

    /** {@code GET /api/2.2/jobs/runs/get} */
    public static final String JOBS_RUNS_GET = "jobs/runs/get";

    /** {@code GET /api/2.2/jobs/runs/get-output} */
    public static final String JOBS_RUNS_GET_OUTPUT = "jobs/runs/get-output";

    /** {@code GET /api/2.2/jobs/runs/list} */
    public static final String JOBS_RUNS_LIST = "jobs/runs/list";

    /** {@code POST /api/2.2/jobs/runs/repair} */
    public static final String JOBS_RUNS_REPAIR = "jobs/runs/repair";

    /** {@code POST /api/2.2/jobs/runs/submit} */
    public static final String JOBS_RUNS_SUBMIT = "jobs/runs/submit";

    /** {@code POST /api/2.2/jobs/update} */
    public static final String JOBS_UPDATE = "jobs/update";

    /** {@code POST /api/2.1/knowledge-assistants} */
    public static final String KNOWLEDGE_ASSISTANTS_CREATE = "knowledge-assistants/create";

    /** {@code DELETE /api/2.1/{name}} */
    public static final String KNOWLEDGE_ASSISTANTS_DELETE = "knowledge-assistants/delete";

    /** {@code GET /api/2.1/{name}} */
    public static final String KNOWLEDGE_ASSISTANTS_GET = "knowledge-assistants/get";

    /** {@code GET /api/2.1/knowledge-assistants} */
    public static final String KNOWLEDGE_ASSISTANTS_LIST = "knowledge-assistants/list";

    /** {@code PATCH /api/2.1/{name}} */
    public static final String KNOWLEDGE_ASSISTANTS_UPDATE = "knowledge-assistants/update";

    /** {@code POST /api/2.1/{parent}/knowledge-sources} */
    public static final String KNOWLEDGE_SOURCES_CREATE = "knowledge-sources/create";

    /** {@code GET /api/2.1/{parent}/knowledge-sources} */
    public static final String KNOWLEDGE_SOURCES_LIST = "knowledge-sources/list";

    /** {@code POST /api/2.1/{name}/knowledge-sources:sync} */
    public static final String KNOWLEDGE_SOURCES_SYNC = "knowledge-sources/sync";

    /** {@code POST /api/2.0/lakeview/dashboards} */
    public static final String LAKEVIEW_DASHBOARDS_CREATE = "lakeview/dashboards/create";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}} */
    public static final String LAKEVIEW_DASHBOARDS_GET = "lakeview/dashboards/get";

    /** {@code GET /api/2.0/lakeview/dashboards} */
    public static final String LAKEVIEW_DASHBOARDS_LIST = "lakeview/dashboards/list";

    /** {@code POST /api/2.0/lakeview/dashboards/migrate} */
    public static final String LAKEVIEW_DASHBOARDS_MIGRATE = "lakeview/dashboards/migrate";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}/published} */
    public static final String LAKEVIEW_DASHBOARDS_PUBLISHED_GET = "lakeview/dashboards/published/get";

    /** {@code POST /api/2.0/lakeview/dashboards/{dashboard_id}/published} */
    public static final String LAKEVIEW_DASHBOARDS_PUBLISHED_PUBLISH = "lakeview/dashboards/published/publish";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}/published/tokeninfo} */
    public static final String LAKEVIEW_DASHBOARDS_PUBLISHED_TOKENINFO = "lakeview/dashboards/published/tokeninfo";

    /** {@code DELETE /api/2.0/lakeview/dashboards/{dashboard_id}/published} */
    public static final String LAKEVIEW_DASHBOARDS_PUBLISHED_UNPUBLISH = "lakeview/dashboards/published/unpublish";

    /** {@code POST /api/2.0/lakeview/dashboards/{dashboard_id}/revert} */
    public static final String LAKEVIEW_DASHBOARDS_REVERT = "lakeview/dashboards/revert";

    /** {@code POST /api/2.0/lakeview/dashboards/{dashboard_id}/schedules} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_CREATE = "lakeview/dashboards/schedules/create";

    /** {@code DELETE /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_DELETE = "lakeview/dashboards/schedules/delete";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_GET = "lakeview/dashboards/schedules/get";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}/schedules} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_LIST = "lakeview/dashboards/schedules/list";

    /** {@code POST /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}/subscriptions} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_SUBSCRIPTIONS_CREATE = "lakeview/dashboards/schedules/subscriptions/create";

    /** {@code DELETE /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}/subscriptions/{subscription_id}} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_SUBSCRIPTIONS_DELETE = "lakeview/dashboards/schedules/subscriptions/delete";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}/subscriptions/{subscription_id}} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_SUBSCRIPTIONS_GET = "lakeview/dashboards/schedules/subscriptions/get";

    /** {@code GET /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}/subscriptions} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_SUBSCRIPTIONS_LIST = "lakeview/dashboards/schedules/subscriptions/list";

    /** {@code PUT /api/2.0/lakeview/dashboards/{dashboard_id}/schedules/{schedule_id}} */
    public static final String LAKEVIEW_DASHBOARDS_SCHEDULES_UPDATE = "lakeview/dashboards/schedules/update";

    /** {@code DELETE /api/2.0/lakeview/dashboards/{dashboard_id}} */
    public static final String LAKEVIEW_DASHBOARDS_TRASH = "lakeview/dashboards/trash";

    /** {@code PATCH /api/2.0/lakeview/dashboards/{dashboard_id}} */
    public static final String LAKEVIEW_DASHBOARDS_UPDATE = "lakeview/dashboards/update";

    /** {@code GET /api/2.0/libraries/all-cluster-statuses} */
    public static final String LIBRARIES_ALL_CLUSTER_STATUSES = "libraries/all-cluster-statuses";

    /** {@code GET /api/2.0/libraries/cluster-status} */
    public static final String LIBRARIES_CLUSTER_STATUS = "libraries/cluster-status";

    /** {@code POST /api/2.0/libraries/install} */
    public static final String LIBRARIES_INSTALL = "libraries/install";

    /** {@code POST /api/2.0/libraries/uninstall} */
    public static final String LIBRARIES_UNINSTALL = "libraries/uninstall";

    /** {@code POST /api/2.0/lineage-tracking/external-lineage} */
    public static final String LINEAGE_TRACKING_EXTERNAL_LINEAGE_CREATE = "lineage-tracking/external-lineage/create";

    /** {@code DELETE /api/2.0/lineage-tracking/external-lineage} */
    public static final String LINEAGE_TRACKING_EXTERNAL_LINEAGE_DELETE = "lineage-tracking/external-lineage/delete";

    /** {@code GET /api/2.0/lineage-tracking/external-lineage} */
    public static final String LINEAGE_TRACKING_EXTERNAL_LINEAGE_LIST = "lineage-tracking/external-lineage/list";

    /** {@code PATCH /api/2.0/lineage-tracking/external-lineage} */
    public static final String LINEAGE_TRACKING_EXTERNAL_LINEAGE_UPDATE = "lineage-tracking/external-lineage/update";

    /** {@code POST /api/2.0/lineage-tracking/external-metadata} */
    public static final String LINEAGE_TRACKING_EXTERNAL_METADATA_CREATE = "lineage-tracking/external-metadata/create";

    /** {@code DELETE /api/2.0/lineage-tracking/external-metadata/{name}} */
    public static final String LINEAGE_TRACKING_EXTERNAL_METADATA_DELETE = "lineage-tracking/external-metadata/delete";

    /** {@code GET /api/2.0/lineage-tracking/external-metadata/{name}} */
    public static final String LINEAGE_TRACKING_EXTERNAL_METADATA_GET = "lineage-tracking/external-metadata/get";

    /** {@code GET /api/2.0/lineage-tracking/external-metadata} */
    public static final String LINEAGE_TRACKING_EXTERNAL_METADATA_LIST = "lineage-tracking/external-metadata/list";

    /** {@code PATCH /api/2.0/lineage-tracking/external-metadata/{name}} */
    public static final String LINEAGE_TRACKING_EXTERNAL_METADATA_UPDATE = "lineage-tracking/external-metadata/update";

    /** {@code GET /api/2.1/marketplace-consumer/installations} */
    public static final String MARKETPLACE_CONSUMER_INSTALLATIONS = "marketplace-consumer/installations";

    /** {@code GET /api/2.1/marketplace-consumer/listings:batchGet} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_BATCH_GET = "marketplace-consumer/listings/batchGet";

    /** {@code GET /api/2.1/marketplace-consumer/listings/{listing_id}/content} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_CONTENT = "marketplace-consumer/listings/content";

    /** {@code GET /api/2.1/marketplace-consumer/listings/{listing_id}/fulfillments} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_FULFILLMENTS = "marketplace-consumer/listings/fulfillments";

    /** {@code GET /api/2.1/marketplace-consumer/listings/{id}} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_GET = "marketplace-consumer/listings/get";

    /** {@code POST /api/2.1/marketplace-consumer/listings/{listing_id}/installations} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_INSTALLATIONS_CREATE = "marketplace-consumer/listings/installations/create";

    /** {@code DELETE /api/2.1/marketplace-consumer/listings/{listing_id}/installations/{installation_id}} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_INSTALLATIONS_DELETE = "marketplace-consumer/listings/installations/delete";

    /** {@code GET /api/2.1/marketplace-consumer/listings/{listing_id}/installations} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_INSTALLATIONS_LIST = "marketplace-consumer/listings/installations/list";

    /** {@code PUT /api/2.1/marketplace-consumer/listings/{listing_id}/installations/{installation_id}} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_INSTALLATIONS_UPDATE = "marketplace-consumer/listings/installations/update";

    /** {@code GET /api/2.1/marketplace-consumer/listings} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_LIST = "marketplace-consumer/listings/list";

    /** {@code POST /api/2.1/marketplace-consumer/listings/{listing_id}/personalization-requests} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_PERSONALIZATION_REQUESTS_CREATE = "marketplace-consumer/listings/personalization-requests/create";

    /** {@code GET /api/2.1/marketplace-consumer/listings/{listing_id}/personalization-requests} */
    public static final String MARKETPLACE_CONSUMER_LISTINGS_PERSONALIZATION_REQUESTS_GET = "marketplace-consumer/listings/personalization-requests/get";

    /** {@code GET /api/2.1/marketplace-consumer/personalization-requests} */
    public static final String MARKETPLACE_CONSUMER_PERSONALIZATION_REQUESTS = "marketplace-consumer/personalization-requests";

    /** {@code GET /api/2.1/marketplace-consumer/providers:batchGet} */
    public static final String MARKETPLACE_CONSUMER_PROVIDERS_BATCH_GET = "marketplace-consumer/providers/batchGet";

    /** {@code GET /api/2.1/marketplace-consumer/providers/{id}} */
    public static final String MARKETPLACE_CONSUMER_PROVIDERS_GET = "marketplace-consumer/providers/get";

    /** {@code GET /api/2.1/marketplace-consumer/providers} */
    public static final String MARKETPLACE_CONSUMER_PROVIDERS_LIST = "marketplace-consumer/providers/list";

    /** {@code GET /api/2.1/marketplace-consumer/search-listings} */
    public static final String MARKETPLACE_CONSUMER_SEARCH_LISTINGS = "marketplace-consumer/search-listings";

    /** {@code POST /api/2.0/marketplace-exchange/exchanges-for-listing} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_FOR_LISTING_ADD = "marketplace-exchange/exchanges-for-listing/add";

    /** {@code DELETE /api/2.0/marketplace-exchange/exchanges-for-listing/{id}} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_FOR_LISTING_DELETE = "marketplace-exchange/exchanges-for-listing/delete";

    /** {@code GET /api/2.0/marketplace-exchange/exchanges-for-listing} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_FOR_LISTING_LIST = "marketplace-exchange/exchanges-for-listing/list";

    /** {@code POST /api/2.0/marketplace-exchange/exchanges} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_CREATE = "marketplace-exchange/exchanges/create";

    /** {@code DELETE /api/2.0/marketplace-exchange/exchanges/{id}} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_DELETE = "marketplace-exchange/exchanges/delete";

    /** {@code GET /api/2.0/marketplace-exchange/exchanges/{id}} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_GET = "marketplace-exchange/exchanges/get";

    /** {@code GET /api/2.0/marketplace-exchange/exchanges} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_LIST = "marketplace-exchange/exchanges/list";

    /** {@code PUT /api/2.0/marketplace-exchange/exchanges/{id}} */
    public static final String MARKETPLACE_EXCHANGE_EXCHANGES_UPDATE = "marketplace-exchange/exchanges/update";

    /** {@code POST /api/2.0/marketplace-exchange/filters} */
    public static final String MARKETPLACE_EXCHANGE_FILTERS_CREATE = "marketplace-exchange/filters/create";

    /** {@code DELETE /api/2.0/marketplace-exchange/filters/{id}} */
    public static final String MARKETPLACE_EXCHANGE_FILTERS_DELETE = "marketplace-exchange/filters/delete";

    /** {@code GET /api/2.0/marketplace-exchange/filters} */
    public static final String MARKETPLACE_EXCHANGE_FILTERS_LIST = "marketplace-exchange/filters/list";

    /** {@code PUT /api/2.0/marketplace-exchange/filters/{id}} */
    public static final String MARKETPLACE_EXCHANGE_FILTERS_UPDATE = "marketplace-exchange/filters/update";

    /** {@code GET /api/2.0/marketplace-exchange/listings-for-exchange} */
    public static final String MARKETPLACE_EXCHANGE_LISTINGS_FOR_EXCHANGE = "marketplace-exchange/listings-for-exchange";

    /** {@code POST /api/2.0/marketplace-provider/analytics_dashboard} */
    public static final String MARKETPLACE_PROVIDER_ANALYTICS_DASHBOARD_CREATE = "marketplace-provider/analytics_dashboard/create";

    /** {@code GET /api/2.0/marketplace-provider/analytics_dashboard} */
    public static final String MARKETPLACE_PROVIDER_ANALYTICS_DASHBOARD_GET = "marketplace-provider/analytics_dashboard/get";

    /** {@code GET /api/2.0/marketplace-provider/analytics_dashboard/latest} */
    public static final String MARKETPLACE_PROVIDER_ANALYTICS_DASHBOARD_LATEST = "marketplace-provider/analytics_dashboard/latest";

    /** {@code PUT /api/2.0/marketplace-provider/analytics_dashboard/{id}} */
    public static final String MARKETPLACE_PROVIDER_ANALYTICS_DASHBOARD_UPDATE = "marketplace-provider/analytics_dashboard/update";

    /** {@code POST /api/2.0/marketplace-provider/files} */
    public static final String MARKETPLACE_PROVIDER_FILES_CREATE = "marketplace-provider/files/create";

    /** {@code DELETE /api/2.0/marketplace-provider/files/{file_id}} */
    public static final String MARKETPLACE_PROVIDER_FILES_DELETE = "marketplace-provider/files/delete";

    /** {@code GET /api/2.0/marketplace-provider/files/{file_id}} */
    public static final String MARKETPLACE_PROVIDER_FILES_GET = "marketplace-provider/files/get";

    /** {@code GET /api/2.0/marketplace-provider/files} */
    public static final String MARKETPLACE_PROVIDER_FILES_LIST = "marketplace-provider/files/list";

    /** {@code POST /api/2.0/marketplace-provider/listing} */
    public static final String MARKETPLACE_PROVIDER_LISTING = "marketplace-provider/listing";

    /** {@code DELETE /api/2.0/marketplace-provider/listings/{id}} */
    public static final String MARKETPLACE_PROVIDER_LISTINGS_DELETE = "marketplace-provider/listings/delete";

    /** {@code GET /api/2.0/marketplace-provider/listings/{id}} */
    public static final String MARKETPLACE_PROVIDER_LISTINGS_GET = "marketplace-provider/listings/get";

    /** {@code GET /api/2.0/marketplace-provider/listings} */
    public static final String MARKETPLACE_PROVIDER_LISTINGS_LIST = "marketplace-provider/listings/list";

    /** {@code PUT /api/2.0/marketplace-provider/listings/{listing_id}/personalization-requests/{request_id}/request-status} */
    public static final String MARKETPLACE_PROVIDER_LISTINGS_PERSONALIZATION_REQUESTS_REQUEST_STATUS = "marketplace-provider/listings/personalization-requests/request-status";

    /** {@code PUT /api/2.0/marketplace-provider/listings/{id}} */
    public static final String MARKETPLACE_PROVIDER_LISTINGS_UPDATE = "marketplace-provider/listings/update";

    /** {@code GET /api/2.0/marketplace-provider/personalization-requests} */
    public static final String MARKETPLACE_PROVIDER_PERSONALIZATION_REQUESTS = "marketplace-provider/personalization-requests";

    /** {@code POST /api/2.0/marketplace-provider/provider} */
    public static final String MARKETPLACE_PROVIDER_PROVIDER = "marketplace-provider/provider";

    /** {@code DELETE /api/2.0/marketplace-provider/providers/{id}} */
    public static final String MARKETPLACE_PROVIDER_PROVIDERS_DELETE = "marketplace-provider/providers/delete";

    /** {@code GET /api/2.0/marketplace-provider/providers/{id}} */
    public static final String MARKETPLACE_PROVIDER_PROVIDERS_GET = "marketplace-provider/providers/get";

    /** {@code GET /api/2.0/marketplace-provider/providers} */
    public static final String MARKETPLACE_PROVIDER_PROVIDERS_LIST = "marketplace-provider/providers/list";

    /** {@code PUT /api/2.0/marketplace-provider/providers/{id}} */
    public static final String MARKETPLACE_PROVIDER_PROVIDERS_UPDATE = "marketplace-provider/providers/update";

    /** {@code GET /api/2.0/mlflow/artifacts/list} */
    public static final String MLFLOW_ARTIFACTS_LIST = "mlflow/artifacts/list";

    /** {@code POST /api/2.0/mlflow/comments/create} */
    public static final String MLFLOW_COMMENTS_CREATE = "mlflow/comments/create";

    /** {@code DELETE /api/2.0/mlflow/comments/delete} */
    public static final String MLFLOW_COMMENTS_DELETE = "mlflow/comments/delete";

    /** {@code PATCH /api/2.0/mlflow/comments/update} */
    public static final String MLFLOW_COMMENTS_UPDATE = "mlflow/comments/update";

    /** {@code POST /api/2.0/mlflow/databricks/model-versions/transition-stage} */
    public static final String MLFLOW_DATABRICKS_MODEL_VERSIONS_TRANSITION_STAGE = "mlflow/databricks/model-versions/transition-stage";

    /** {@code GET /api/2.0/mlflow/databricks/registered-models/get} */
    public static final String MLFLOW_DATABRICKS_REGISTERED_MODELS_GET = "mlflow/databricks/registered-models/get";

    /** {@code POST /api/2.0/mlflow/databricks/runs/delete-runs} */
    public static final String MLFLOW_DATABRICKS_RUNS_DELETE_RUNS = "mlflow/databricks/runs/delete-runs";

    /** {@code POST /api/2.0/mlflow/databricks/runs/restore-runs} */
    public static final String MLFLOW_DATABRICKS_RUNS_RESTORE_RUNS = "mlflow/databricks/runs/restore-runs";

    /** {@code POST /api/2.0/mlflow/experiments/create} */
    public static final String MLFLOW_EXPERIMENTS_CREATE = "mlflow/experiments/create";

    /** {@code POST /api/2.0/mlflow/experiments/delete} */
    public static final String MLFLOW_EXPERIMENTS_DELETE = "mlflow/experiments/delete";

    /** {@code GET /api/2.0/mlflow/experiments/get} */
    public static final String MLFLOW_EXPERIMENTS_GET = "mlflow/experiments/get";

    /** {@code GET /api/2.0/mlflow/experiments/get-by-name} */
    public static final String MLFLOW_EXPERIMENTS_GET_BY_NAME = "mlflow/experiments/get-by-name";

    /** {@code GET /api/2.0/mlflow/experiments/list} */
    public static final String MLFLOW_EXPERIMENTS_LIST = "mlflow/experiments/list";

    /** {@code POST /api/2.0/mlflow/experiments/restore} */
    public static final String MLFLOW_EXPERIMENTS_RESTORE = "mlflow/experiments/restore";

    /** {@code POST /api/2.0/mlflow/experiments/search} */
    public static final String MLFLOW_EXPERIMENTS_SEARCH = "mlflow/experiments/search";

    /** {@code POST /api/2.0/mlflow/experiments/set-experiment-tag} */
    public static final String MLFLOW_EXPERIMENTS_SET_EXPERIMENT_TAG = "mlflow/experiments/set-experiment-tag";

    /** {@code POST /api/2.0/mlflow/experiments/update} */
    public static final String MLFLOW_EXPERIMENTS_UPDATE = "mlflow/experiments/update";

    /** {@code POST /api/2.0/mlflow/logged-models} */
    public static final String MLFLOW_LOGGED_MODELS_CREATE = "mlflow/logged-models/create";

    /** {@code DELETE /api/2.0/mlflow/logged-models/{model_id}} */
    public static final String MLFLOW_LOGGED_MODELS_DELETE = "mlflow/logged-models/delete";

    /** {@code PATCH /api/2.0/mlflow/logged-models/{model_id}} */
    public static final String MLFLOW_LOGGED_MODELS_FINALIZE = "mlflow/logged-models/finalize";

    /** {@code GET /api/2.0/mlflow/logged-models/{model_id}} */
    public static final String MLFLOW_LOGGED_MODELS_GET = "mlflow/logged-models/get";

    /** {@code POST /api/2.0/mlflow/logged-models/{model_id}/params} */
    public static final String MLFLOW_LOGGED_MODELS_PARAMS = "mlflow/logged-models/params";

    /** {@code POST /api/2.0/mlflow/logged-models/search} */
    public static final String MLFLOW_LOGGED_MODELS_SEARCH = "mlflow/logged-models/search";

    /** {@code DELETE /api/2.0/mlflow/logged-models/{model_id}/tags/{tag_key}} */
    public static final String MLFLOW_LOGGED_MODELS_TAGS_DELETE = "mlflow/logged-models/tags/delete";

    /** {@code PATCH /api/2.0/mlflow/logged-models/{model_id}/tags} */
    public static final String MLFLOW_LOGGED_MODELS_TAGS_SET = "mlflow/logged-models/tags/set";

    /** {@code GET /api/2.0/mlflow/metrics/get-history} */
    public static final String MLFLOW_METRICS_GET_HISTORY = "mlflow/metrics/get-history";

    /** {@code POST /api/2.0/mlflow/model-versions/create} */
    public static final String MLFLOW_MODEL_VERSIONS_CREATE = "mlflow/model-versions/create";

    /** {@code DELETE /api/2.0/mlflow/model-versions/delete} */
    public static final String MLFLOW_MODEL_VERSIONS_DELETE = "mlflow/model-versions/delete";

    /** {@code DELETE /api/2.0/mlflow/model-versions/delete-tag} */
    public static final String MLFLOW_MODEL_VERSIONS_DELETE_TAG = "mlflow/model-versions/delete-tag";

    /** {@code GET /api/2.0/mlflow/model-versions/get} */
    public static final String MLFLOW_MODEL_VERSIONS_GET = "mlflow/model-versions/get";

    /** {@code GET /api/2.0/mlflow/model-versions/get-download-uri} */
    public static final String MLFLOW_MODEL_VERSIONS_GET_DOWNLOAD_URI = "mlflow/model-versions/get-download-uri";

    /** {@code GET /api/2.0/mlflow/model-versions/search} */
    public static final String MLFLOW_MODEL_VERSIONS_SEARCH = "mlflow/model-versions/search";

    /** {@code POST /api/2.0/mlflow/model-versions/set-tag} */
    public static final String MLFLOW_MODEL_VERSIONS_SET_TAG = "mlflow/model-versions/set-tag";

    /** {@code PATCH /api/2.0/mlflow/model-versions/update} */
    public static final String MLFLOW_MODEL_VERSIONS_UPDATE = "mlflow/model-versions/update";

    /** {@code POST /api/2.0/mlflow/registered-models/create} */
    public static final String MLFLOW_REGISTERED_MODELS_CREATE = "mlflow/registered-models/create";

    /** {@code DELETE /api/2.0/mlflow/registered-models/delete} */
    public static final String MLFLOW_REGISTERED_MODELS_DELETE = "mlflow/registered-models/delete";

    /** {@code DELETE /api/2.0/mlflow/registered-models/delete-tag} */
    public static final String MLFLOW_REGISTERED_MODELS_DELETE_TAG = "mlflow/registered-models/delete-tag";

    /** {@code POST /api/2.0/mlflow/registered-models/get-latest-versions} */
    public static final String MLFLOW_REGISTERED_MODELS_GET_LATEST_VERSIONS = "mlflow/registered-models/get-latest-versions";

    /** {@code GET /api/2.0/mlflow/registered-models/list} */
    public static final String MLFLOW_REGISTERED_MODELS_LIST = "mlflow/registered-models/list";

    /** {@code POST /api/2.0/mlflow/registered-models/rename} */
    public static final String MLFLOW_REGISTERED_MODELS_RENAME = "mlflow/registered-models/rename";

    /** {@code GET /api/2.0/mlflow/registered-models/search} */
    public static final String MLFLOW_REGISTERED_MODELS_SEARCH = "mlflow/registered-models/search";

    /** {@code POST /api/2.0/mlflow/registered-models/set-tag} */
    public static final String MLFLOW_REGISTERED_MODELS_SET_TAG = "mlflow/registered-models/set-tag";

    /** {@code PATCH /api/2.0/mlflow/registered-models/update} */
    public static final String MLFLOW_REGISTERED_MODELS_UPDATE = "mlflow/registered-models/update";

    /** {@code POST /api/2.0/mlflow/registry-webhooks/create} */
    public static final String MLFLOW_REGISTRY_WEBHOOKS_CREATE = "mlflow/registry-webhooks/create";

    /** {@code DELETE /api/2.0/mlflow/registry-webhooks/delete} */
    public static final String MLFLOW_REGISTRY_WEBHOOKS_DELETE = "mlflow/registry-webhooks/delete";

    /** {@code GET /api/2.0/mlflow/registry-webhooks/list} */
    public static final String MLFLOW_REGISTRY_WEBHOOKS_LIST = "mlflow/registry-webhooks/list";

    /** {@code POST /api/2.0/mlflow/registry-webhooks/test} */
    public static final String MLFLOW_REGISTRY_WEBHOOKS_TEST = "mlflow/registry-webhooks/test";

    /** {@code PATCH /api/2.0/mlflow/registry-webhooks/update} */
    public static final String MLFLOW_REGISTRY_WEBHOOKS_UPDATE = "mlflow/registry-webhooks/update";

    /** {@code POST /api/2.0/mlflow/runs/create} */
    public static final String MLFLOW_RUNS_CREATE = "mlflow/runs/create";

    /** {@code POST /api/2.0/mlflow/runs/delete} */
    public static final String MLFLOW_RUNS_DELETE = "mlflow/runs/delete";

    /** {@code POST /api/2.0/mlflow/runs/delete-tag} */
    public static final String MLFLOW_RUNS_DELETE_TAG = "mlflow/runs/delete-tag";

    /** {@code GET /api/2.0/mlflow/runs/get} */
    public static final String MLFLOW_RUNS_GET = "mlflow/runs/get";

    /** {@code POST /api/2.0/mlflow/runs/log-batch} */
    public static final String MLFLOW_RUNS_LOG_BATCH = "mlflow/runs/log-batch";

    /** {@code POST /api/2.0/mlflow/runs/log-inputs} */
    public static final String MLFLOW_RUNS_LOG_INPUTS = "mlflow/runs/log-inputs";

    /** {@code POST /api/2.0/mlflow/runs/log-metric} */
    public static final String MLFLOW_RUNS_LOG_METRIC = "mlflow/runs/log-metric";

    /** {@code POST /api/2.0/mlflow/runs/log-model} */
    public static final String MLFLOW_RUNS_LOG_MODEL = "mlflow/runs/log-model";

    /** {@code POST /api/2.0/mlflow/runs/log-parameter} */
    public static final String MLFLOW_RUNS_LOG_PARAMETER = "mlflow/runs/log-parameter";

    /** {@code POST /api/2.0/mlflow/runs/outputs} */
    public static final String MLFLOW_RUNS_OUTPUTS = "mlflow/runs/outputs";

    /** {@code POST /api/2.0/mlflow/runs/restore} */
    public static final String MLFLOW_RUNS_RESTORE = "mlflow/runs/restore";

    /** {@code POST /api/2.0/mlflow/runs/search} */
    public static final String MLFLOW_RUNS_SEARCH = "mlflow/runs/search";

    /** {@code POST /api/2.0/mlflow/runs/set-tag} */
    public static final String MLFLOW_RUNS_SET_TAG = "mlflow/runs/set-tag";

    /** {@code POST /api/2.0/mlflow/runs/update} */
    public static final String MLFLOW_RUNS_UPDATE = "mlflow/runs/update";

    /** {@code POST /api/2.0/mlflow/transition-requests/approve} */
    public static final String MLFLOW_TRANSITION_REQUESTS_APPROVE = "mlflow/transition-requests/approve";

    /** {@code POST /api/2.0/mlflow/transition-requests/create} */
    public static final String MLFLOW_TRANSITION_REQUESTS_CREATE = "mlflow/transition-requests/create";

    /** {@code DELETE /api/2.0/mlflow/transition-requests/delete} */
    public static final String MLFLOW_TRANSITION_REQUESTS_DELETE = "mlflow/transition-requests/delete";

    /** {@code GET /api/2.0/mlflow/transition-requests/list} */
    public static final String MLFLOW_TRANSITION_REQUESTS_LIST = "mlflow/transition-requests/list";

    /** {@code POST /api/2.0/mlflow/transition-requests/reject} */
    public static final String MLFLOW_TRANSITION_REQUESTS_REJECT = "mlflow/transition-requests/reject";

    /** {@code POST /api/2.0/notification-destinations} */
    public static final String NOTIFICATION_DESTINATIONS_CREATE = "notification-destinations/create";

    /** {@code DELETE /api/2.0/notification-destinations/{id}} */
    public static final String NOTIFICATION_DESTINATIONS_DELETE = "notification-destinations/delete";

    /** {@code GET /api/2.0/notification-destinations/{id}} */
    public static final String NOTIFICATION_DESTINATIONS_GET = "notification-destinations/get";

    /** {@code GET /api/2.0/notification-destinations} */
    public static final String NOTIFICATION_DESTINATIONS_LIST = "notification-destinations/list";

    /** {@code PATCH /api/2.0/notification-destinations/{id}} */
    public static final String NOTIFICATION_DESTINATIONS_UPDATE = "notification-destinations/update";

    /** {@code POST /api/2.0/online-tables} */
    public static final String ONLINE_TABLES_CREATE = "online-tables/create";

    /** {@code DELETE /api/2.0/online-tables/{name}} */
    public static final String ONLINE_TABLES_DELETE = "online-tables/delete";

    /** {@code GET /api/2.0/online-tables/{name}} */
    public static final String ONLINE_TABLES_GET = "online-tables/get";

    /** {@code POST /api/2.0/permissionmigration} */
    public static final String PERMISSIONMIGRATION = "permissionmigration";

    /** {@code GET /api/2.0/permissions/apps/{app_name}} */
    public static final String PERMISSIONS_APPS_GET = "permissions/apps/get";

    /** {@code GET /api/2.0/permissions/apps/{app_name}/permissionLevels} */
    public static final String PERMISSIONS_APPS_PERMISSION_LEVELS = "permissions/apps/permissionLevels";

    /** {@code PUT /api/2.0/permissions/apps/{app_name}} */
    public static final String PERMISSIONS_APPS_SET = "permissions/apps/set";

    /** {@code PATCH /api/2.0/permissions/apps/{app_name}} */
    public static final String PERMISSIONS_APPS_UPDATE = "permissions/apps/update";

    /** {@code GET /api/2.0/permissions/authorization/passwords} */
    public static final String PERMISSIONS_AUTHORIZATION_PASSWORDS_GET = "permissions/authorization/passwords/get";

    /** {@code GET /api/2.0/permissions/authorization/passwords/permissionLevels} */
    public static final String PERMISSIONS_AUTHORIZATION_PASSWORDS_PERMISSION_LEVELS = "permissions/authorization/passwords/permissionLevels";

    /** {@code PUT /api/2.0/permissions/authorization/passwords} */
    public static final String PERMISSIONS_AUTHORIZATION_PASSWORDS_SET = "permissions/authorization/passwords/set";

    /** {@code PATCH /api/2.0/permissions/authorization/passwords} */
    public static final String PERMISSIONS_AUTHORIZATION_PASSWORDS_UPDATE = "permissions/authorization/passwords/update";

    /** {@code GET /api/2.0/permissions/authorization/tokens} */
    public static final String PERMISSIONS_AUTHORIZATION_TOKENS_GET = "permissions/authorization/tokens/get";

    /** {@code GET /api/2.0/permissions/authorization/tokens/permissionLevels} */
    public static final String PERMISSIONS_AUTHORIZATION_TOKENS_PERMISSION_LEVELS = "permissions/authorization/tokens/permissionLevels";

    /** {@code PUT /api/2.0/permissions/authorization/tokens} */
    public static final String PERMISSIONS_AUTHORIZATION_TOKENS_SET = "permissions/authorization/tokens/set";

    /** {@code PATCH /api/2.0/permissions/authorization/tokens} */
    public static final String PERMISSIONS_AUTHORIZATION_TOKENS_UPDATE = "permissions/authorization/tokens/update";

    /** {@code GET /api/2.0/permissions/cluster-policies/{cluster_policy_id}} */
    public static final String PERMISSIONS_CLUSTER_POLICIES_GET = "permissions/cluster-policies/get";

    /** {@code GET /api/2.0/permissions/cluster-policies/{cluster_policy_id}/permissionLevels} */
    public static final String PERMISSIONS_CLUSTER_POLICIES_PERMISSION_LEVELS = "permissions/cluster-policies/permissionLevels";

    /** {@code PUT /api/2.0/permissions/cluster-policies/{cluster_policy_id}} */
    public static final String PERMISSIONS_CLUSTER_POLICIES_SET = "permissions/cluster-policies/set";

    /** {@code PATCH /api/2.0/permissions/cluster-policies/{cluster_policy_id}} */
    public static final String PERMISSIONS_CLUSTER_POLICIES_UPDATE = "permissions/cluster-policies/update";

    /** {@code GET /api/2.0/permissions/clusters/{cluster_id}} */
    public static final String PERMISSIONS_CLUSTERS_GET = "permissions/clusters/get";

    /** {@code GET /api/2.0/permissions/clusters/{cluster_id}/permissionLevels} */
    public static final String PERMISSIONS_CLUSTERS_PERMISSION_LEVELS = "permissions/clusters/permissionLevels";

    /** {@code PUT /api/2.0/permissions/clusters/{cluster_id}} */
    public static final String PERMISSIONS_CLUSTERS_SET = "permissions/clusters/set";

    /** {@code PATCH /api/2.0/permissions/clusters/{cluster_id}} */
    public static final String PERMISSIONS_CLUSTERS_UPDATE = "permissions/clusters/update";

    /** {@code GET /api/2.0/permissions/experiments/{experiment_id}} */
    public static final String PERMISSIONS_EXPERIMENTS_GET = "permissions/experiments/get";

    /** {@code GET /api/2.0/permissions/experiments/{experiment_id}/permissionLevels} */
    public static final String PERMISSIONS_EXPERIMENTS_PERMISSION_LEVELS = "permissions/experiments/permissionLevels";

    /** {@code PUT /api/2.0/permissions/experiments/{experiment_id}} */
    public static final String PERMISSIONS_EXPERIMENTS_SET = "permissions/experiments/set";

    /** {@code PATCH /api/2.0/permissions/experiments/{experiment_id}} */
    public static final String PERMISSIONS_EXPERIMENTS_UPDATE = "permissions/experiments/update";

    /** {@code GET /api/2.0/permissions/{request_object_type}/{request_object_id}} */
    public static final String PERMISSIONS_GET = "permissions/get";

    /** {@code GET /api/2.0/permissions/{workspace_object_type}/{workspace_object_id}} */
    public static final String PERMISSIONS_GET_PERMISSIONS = "permissions/get-permissions";

    /** {@code GET /api/2.0/permissions/instance-pools/{instance_pool_id}} */
    public static final String PERMISSIONS_INSTANCE_POOLS_GET = "permissions/instance-pools/get";

    /** {@code GET /api/2.0/permissions/instance-pools/{instance_pool_id}/permissionLevels} */
    public static final String PERMISSIONS_INSTANCE_POOLS_PERMISSION_LEVELS = "permissions/instance-pools/permissionLevels";

    /** {@code PUT /api/2.0/permissions/instance-pools/{instance_pool_id}} */
    public static final String PERMISSIONS_INSTANCE_POOLS_SET = "permissions/instance-pools/set";

    /** {@code PATCH /api/2.0/permissions/instance-pools/{instance_pool_id}} */
    public static final String PERMISSIONS_INSTANCE_POOLS_UPDATE = "permissions/instance-pools/update";

    /** {@code GET /api/2.0/permissions/jobs/{job_id}} */
    public static final String PERMISSIONS_JOBS_GET = "permissions/jobs/get";

    /** {@code GET /api/2.0/permissions/jobs/{job_id}/permissionLevels} */
    public static final String PERMISSIONS_JOBS_PERMISSION_LEVELS = "permissions/jobs/permissionLevels";

    /** {@code PUT /api/2.0/permissions/jobs/{job_id}} */
    public static final String PERMISSIONS_JOBS_SET = "permissions/jobs/set";

    /** {@code PATCH /api/2.0/permissions/jobs/{job_id}} */
    public static final String PERMISSIONS_JOBS_UPDATE = "permissions/jobs/update";

    /** {@code GET /api/2.0/permissions/knowledge-assistants/{knowledge_assistant_id}} */
    public static final String PERMISSIONS_KNOWLEDGE_ASSISTANTS_GET = "permissions/knowledge-assistants/get";

    /** {@code GET /api/2.0/permissions/knowledge-assistants/{knowledge_assistant_id}/permissionLevels} */
    public static final String PERMISSIONS_KNOWLEDGE_ASSISTANTS_PERMISSION_LEVELS = "permissions/knowledge-assistants/permissionLevels";

    /** {@code PUT /api/2.0/permissions/knowledge-assistants/{knowledge_assistant_id}} */
    public static final String PERMISSIONS_KNOWLEDGE_ASSISTANTS_SET = "permissions/knowledge-assistants/set";

    /** {@code PATCH /api/2.0/permissions/knowledge-assistants/{knowledge_assistant_id}} */
    public static final String PERMISSIONS_KNOWLEDGE_ASSISTANTS_UPDATE = "permissions/knowledge-assistants/update";

    /** {@code GET /api/2.0/permissions/{request_object_type}/{request_object_id}/permissionLevels} */
    public static final String PERMISSIONS_PERMISSION_LEVELS_GET_PERMISSION_LEVELS_PERMISSIONS = "permissions/permissionLevels/get-permission-levels.permissions";

    /** {@code GET /api/2.0/permissions/{workspace_object_type}/{workspace_object_id}/permissionLevels} */
    public static final String PERMISSIONS_PERMISSION_LEVELS_GET_PERMISSION_LEVELS_WORKSPACE = "permissions/permissionLevels/get-permission-levels.workspace";

    /** {@code GET /api/2.0/permissions/pipelines/{pipeline_id}} */
    public static final String PERMISSIONS_PIPELINES_GET = "permissions/pipelines/get";

    /** {@code GET /api/2.0/permissions/pipelines/{pipeline_id}/permissionLevels} */
    public static final String PERMISSIONS_PIPELINES_PERMISSION_LEVELS = "permissions/pipelines/permissionLevels";

    /** {@code PUT /api/2.0/permissions/pipelines/{pipeline_id}} */
    public static final String PERMISSIONS_PIPELINES_SET = "permissions/pipelines/set";

    /** {@code PATCH /api/2.0/permissions/pipelines/{pipeline_id}} */
    public static final String PERMISSIONS_PIPELINES_UPDATE = "permissions/pipelines/update";

    /** {@code GET /api/2.0/permissions/registered-models/{registered_model_id}} */
    public static final String PERMISSIONS_REGISTERED_MODELS_GET = "permissions/registered-models/get";

    /** {@code GET /api/2.0/permissions/registered-models/{registered_model_id}/permissionLevels} */
    public static final String PERMISSIONS_REGISTERED_MODELS_PERMISSION_LEVELS = "permissions/registered-models/permissionLevels";

    /** {@code PUT /api/2.0/permissions/registered-models/{registered_model_id}} */
    public static final String PERMISSIONS_REGISTERED_MODELS_SET = "permissions/registered-models/set";

    /** {@code PATCH /api/2.0/permissions/registered-models/{registered_model_id}} */
    public static final String PERMISSIONS_REGISTERED_MODELS_UPDATE = "permissions/registered-models/update";

    /** {@code GET /api/2.0/permissions/repos/{repo_id}} */
    public static final String PERMISSIONS_REPOS_GET = "permissions/repos/get";

    /** {@code GET /api/2.0/permissions/repos/{repo_id}/permissionLevels} */
    public static final String PERMISSIONS_REPOS_PERMISSION_LEVELS = "permissions/repos/permissionLevels";

    /** {@code PUT /api/2.0/permissions/repos/{repo_id}} */
    public static final String PERMISSIONS_REPOS_SET = "permissions/repos/set";

    /** {@code PATCH /api/2.0/permissions/repos/{repo_id}} */
    public static final String PERMISSIONS_REPOS_UPDATE = "permissions/repos/update";

    /** {@code GET /api/2.0/permissions/serving-endpoints/{serving_endpoint_id}} */
    public static final String PERMISSIONS_SERVING_ENDPOINTS_GET = "permissions/serving-endpoints/get";

    /** {@code GET /api/2.0/permissions/serving-endpoints/{serving_endpoint_id}/permissionLevels} */
    public static final String PERMISSIONS_SERVING_ENDPOINTS_PERMISSION_LEVELS = "permissions/serving-endpoints/permissionLevels";

    /** {@code PUT /api/2.0/permissions/serving-endpoints/{serving_endpoint_id}} */
    public static final String PERMISSIONS_SERVING_ENDPOINTS_SET = "permissions/serving-endpoints/set";

    /** {@code PATCH /api/2.0/permissions/serving-endpoints/{serving_endpoint_id}} */
    public static final String PERMISSIONS_SERVING_ENDPOINTS_UPDATE = "permissions/serving-endpoints/update";

    /** {@code PUT /api/2.0/permissions/{request_object_type}/{request_object_id}} */
    public static final String PERMISSIONS_SET = "permissions/set";

    /** {@code PUT /api/2.0/permissions/{workspace_object_type}/{workspace_object_id}} */
    public static final String PERMISSIONS_SET_PERMISSIONS = "permissions/set-permissions";

    /** {@code GET /api/2.0/permissions/supervisor-agents/{supervisor_agent_id}} */
    public static final String PERMISSIONS_SUPERVISOR_AGENTS_GET = "permissions/supervisor-agents/get";

    /** {@code GET /api/2.0/permissions/supervisor-agents/{supervisor_agent_id}/permissionLevels} */
    public static final String PERMISSIONS_SUPERVISOR_AGENTS_PERMISSION_LEVELS = "permissions/supervisor-agents/permissionLevels";

    /** {@code PUT /api/2.0/permissions/supervisor-agents/{supervisor_agent_id}} */
    public static final String PERMISSIONS_SUPERVISOR_AGENTS_SET = "permissions/supervisor-agents/set";

    /** {@code PATCH /api/2.0/permissions/supervisor-agents/{supervisor_agent_id}} */
    public static final String PERMISSIONS_SUPERVISOR_AGENTS_UPDATE = "permissions/supervisor-agents/update";

    /** {@code PATCH /api/2.0/permissions/{request_object_type}/{request_object_id}} */
    public static final String PERMISSIONS_UPDATE = "permissions/update";

    /** {@code PATCH /api/2.0/permissions/{workspace_object_type}/{workspace_object_id}} */
    public static final String PERMISSIONS_UPDATE_PERMISSIONS = "permissions/update-permissions";

    /** {@code GET /api/2.0/permissions/vector-search-endpoints/{endpoint_id}} */
    public static final String PERMISSIONS_VECTOR_SEARCH_ENDPOINTS_GET = "permissions/vector-search-endpoints/get";

    /** {@code GET /api/2.0/permissions/vector-search-endpoints/{endpoint_id}/permissionLevels} */
    public static final String PERMISSIONS_VECTOR_SEARCH_ENDPOINTS_PERMISSION_LEVELS = "permissions/vector-search-endpoints/permissionLevels";

    /** {@code PUT /api/2.0/permissions/vector-search-endpoints/{endpoint_id}} */
    public static final String PERMISSIONS_VECTOR_SEARCH_ENDPOINTS_SET = "permissions/vector-search-endpoints/set";

    /** {@code PATCH /api/2.0/permissions/vector-search-endpoints/{endpoint_id}} */
    public static final String PERMISSIONS_VECTOR_SEARCH_ENDPOINTS_UPDATE = "permissions/vector-search-endpoints/update";

    /** {@code GET /api/2.0/permissions/warehouses/{warehouse_id}} */
    public static final String PERMISSIONS_WAREHOUSES_GET = "permissions/warehouses/get";

    /** {@code GET /api/2.0/permissions/warehouses/{warehouse_id}/permissionLevels} */
    public static final String PERMISSIONS_WAREHOUSES_PERMISSION_LEVELS = "permissions/warehouses/permissionLevels";

    /** {@code PUT /api/2.0/permissions/warehouses/{warehouse_id}} */
    public static final String PERMISSIONS_WAREHOUSES_SET = "permissions/warehouses/set";

    /** {@code PATCH /api/2.0/permissions/warehouses/{warehouse_id}} */
    public static final String PERMISSIONS_WAREHOUSES_UPDATE = "permissions/warehouses/update";

    /** {@code POST /api/2.0/pipelines/{pipeline_id}/clone} */
    public static final String PIPELINES_CLONE = "pipelines/clone";

    /** {@code POST /api/2.0/pipelines} */
    public static final String PIPELINES_CREATE = "pipelines/create";

    /** {@code DELETE /api/2.0/pipelines/{pipeline_id}} */
    public static final String PIPELINES_DELETE = "pipelines/delete";

    /** {@code POST /api/2.0/pipelines/{pipeline_id}/environment/apply} */
    public static final String PIPELINES_ENVIRONMENT_APPLY = "pipelines/environment/apply";

    /** {@code GET /api/2.0/pipelines/{pipeline_id}/events} */
    public static final String PIPELINES_EVENTS = "pipelines/events";

    /** {@code GET /api/2.0/pipelines/{pipeline_id}} */
    public static final String PIPELINES_GET = "pipelines/get";

    /** {@code GET /api/2.0/pipelines} */
    public static final String PIPELINES_LIST = "pipelines/list";

    /** {@code POST /api/2.0/pipelines/{pipeline_id}/stop} */
    public static final String PIPELINES_STOP = "pipelines/stop";

    /** {@code PUT /api/2.0/pipelines/{pipeline_id}} */
    public static final String PIPELINES_UPDATE = "pipelines/update";

    /** {@code GET /api/2.0/pipelines/{pipeline_id}/updates/{update_id}} */
    public static final String PIPELINES_UPDATES_GET = "pipelines/updates/get";

    /** {@code GET /api/2.0/pipelines/{pipeline_id}/updates} */
    public static final String PIPELINES_UPDATES_LIST = "pipelines/updates/list";

    /** {@code POST /api/2.0/pipelines/{pipeline_id}/updates} */
    public static final String PIPELINES_UPDATES_START = "pipelines/updates/start";

    /** {@code POST /api/2.0/policies/clusters:cancelPendingClusterEnforcement} */
    public static final String POLICIES_CLUSTERS_CANCEL_PENDING_CLUSTER_ENFORCEMENT = "policies/clusters/cancelPendingClusterEnforcement";

    /** {@code POST /api/2.0/policies/clusters/create} */
    public static final String POLICIES_CLUSTERS_CREATE = "policies/clusters/create";

    /** {@code POST /api/2.0/policies/clusters/delete} */
    public static final String POLICIES_CLUSTERS_DELETE = "policies/clusters/delete";

    /** {@code POST /api/2.0/policies/clusters/edit} */
    public static final String POLICIES_CLUSTERS_EDIT = "policies/clusters/edit";

    /** {@code POST /api/2.0/policies/clusters/enforce-compliance} */
    public static final String POLICIES_CLUSTERS_ENFORCE_COMPLIANCE = "policies/clusters/enforce-compliance";

    /** {@code GET /api/2.0/policies/clusters/get} */
    public static final String POLICIES_CLUSTERS_GET = "policies/clusters/get";

    /** {@code GET /api/2.0/policies/clusters/get-compliance} */
    public static final String POLICIES_CLUSTERS_GET_COMPLIANCE = "policies/clusters/get-compliance";

    /** {@code GET /api/2.0/policies/clusters/list} */
    public static final String POLICIES_CLUSTERS_LIST = "policies/clusters/list";

    /** {@code GET /api/2.0/policies/clusters/list-compliance} */
    public static final String POLICIES_CLUSTERS_LIST_COMPLIANCE = "policies/clusters/list-compliance";

    /** {@code POST /api/2.0/policies/jobs/enforce-compliance} */
    public static final String POLICIES_JOBS_ENFORCE_COMPLIANCE = "policies/jobs/enforce-compliance";

    /** {@code GET /api/2.0/policies/jobs/get-compliance} */
    public static final String POLICIES_JOBS_GET_COMPLIANCE = "policies/jobs/get-compliance";

    /** {@code GET /api/2.0/policies/jobs/list-compliance} */
    public static final String POLICIES_JOBS_LIST_COMPLIANCE = "policies/jobs/list-compliance";

    /** {@code GET /api/2.0/policy-families/{policy_family_id}} */
    public static final String POLICY_FAMILIES_GET = "policy-families/get";

    /** {@code GET /api/2.0/policy-families} */
    public static final String POLICY_FAMILIES_LIST = "policy-families/list";

    /** {@code POST /api/2.0/postgres/{parent}/branches} */
    public static final String POSTGRES_BRANCHES_CREATE = "postgres/branches/create";

    /** {@code GET /api/2.0/postgres/{parent}/branches} */
    public static final String POSTGRES_BRANCHES_LIST = "postgres/branches/list";

    /** {@code POST /api/2.0/postgres/catalogs} */
    public static final String POSTGRES_CATALOGS = "postgres/catalogs";

    /** {@code POST /api/2.0/postgres/{parent}/cdf-configs} */
    public static final String POSTGRES_CDF_CONFIGS_CREATE = "postgres/cdf-configs/create";

    /** {@code GET /api/2.0/postgres/{parent}/cdf-configs} */
    public static final String POSTGRES_CDF_CONFIGS_LIST = "postgres/cdf-configs/list";

    /** {@code GET /api/2.0/postgres/{parent}/cdf-statuses} */
    public static final String POSTGRES_CDF_STATUSES = "postgres/cdf-statuses";

    /** {@code POST /api/2.0/postgres/credentials} */
    public static final String POSTGRES_CREDENTIALS = "postgres/credentials";

    /** {@code POST /api/2.0/postgres/{parent}/data-api} */
    public static final String POSTGRES_DATA_API = "postgres/data-api";

    /** {@code POST /api/2.0/postgres/{parent}/databases} */
    public static final String POSTGRES_DATABASES_CREATE = "postgres/databases/create";

    /** {@code GET /api/2.0/postgres/{parent}/databases} */
    public static final String POSTGRES_DATABASES_LIST = "postgres/databases/list";

    /** {@code DELETE /api/2.0/postgres/{name}} */
    public static final String POSTGRES_DELETE = "postgres/delete";

    /** {@code POST /api/2.0/postgres/{parent}/endpoints} */
    public static final String POSTGRES_ENDPOINTS_CREATE = "postgres/endpoints/create";

    /** {@code GET /api/2.0/postgres/{parent}/endpoints} */
    public static final String POSTGRES_ENDPOINTS_LIST = "postgres/endpoints/list";

    /** {@code GET /api/2.0/postgres/{name}} */
    public static final String POSTGRES_GET = "postgres/get";

    /** {@code POST /api/2.0/postgres/projects} */
    public static final String POSTGRES_PROJECTS_CREATE = "postgres/projects/create";

    /** {@code GET /api/2.0/postgres/projects} */
    public static final String POSTGRES_PROJECTS_LIST = "postgres/projects/list";

    /** {@code POST /api/2.0/postgres/{parent}/roles} */
    public static final String POSTGRES_ROLES_CREATE = "postgres/roles/create";

    /** {@code GET /api/2.0/postgres/{parent}/roles} */
    public static final String POSTGRES_ROLES_LIST = "postgres/roles/list";

    /** {@code POST /api/2.0/postgres/synced_tables} */
    public static final String POSTGRES_SYNCED_TABLES = "postgres/synced_tables";

    /** {@code POST /api/2.0/postgres/{name}/undelete} */
    public static final String POSTGRES_UNDELETE = "postgres/undelete";

    /** {@code PATCH /api/2.0/postgres/{name}} */
    public static final String POSTGRES_UPDATE = "postgres/update";

    /** {@code GET /api/2.0/preview/accounts/{account_id}/access-control/assignable-roles} */
    public static final String PREVIEW_ACCOUNTS_ACCESS_CONTROL_ASSIGNABLE_ROLES_GET_ASSIGNABLE_ROLES_FOR_RESOURCE_ACCOUNT_ACCESS_CONTROL = "preview/accounts/access-control/assignable-roles/get-assignable-roles-for-resource.account-access-control";

    /** {@code GET /api/2.0/preview/accounts/access-control/assignable-roles} */
    public static final String PREVIEW_ACCOUNTS_ACCESS_CONTROL_ASSIGNABLE_ROLES_GET_ASSIGNABLE_ROLES_FOR_RESOURCE_ACCOUNT_ACCESS_CONTROL_PROXY = "preview/accounts/access-control/assignable-roles/get-assignable-roles-for-resource.account-access-control-proxy";

    /** {@code GET /api/2.0/preview/accounts/{account_id}/access-control/rule-sets} */
    public static final String PREVIEW_ACCOUNTS_ACCESS_CONTROL_RULE_SETS_GET_RULE_SET_ACCOUNT_ACCESS_CONTROL = "preview/accounts/access-control/rule-sets/get-rule-set.account-access-control";

    /** {@code GET /api/2.0/preview/accounts/access-control/rule-sets} */
    public static final String PREVIEW_ACCOUNTS_ACCESS_CONTROL_RULE_SETS_GET_RULE_SET_ACCOUNT_ACCESS_CONTROL_PROXY = "preview/accounts/access-control/rule-sets/get-rule-set.account-access-control-proxy";

    /** {@code PUT /api/2.0/preview/accounts/{account_id}/access-control/rule-sets} */
    public static final String PREVIEW_ACCOUNTS_ACCESS_CONTROL_RULE_SETS_UPDATE_RULE_SET_ACCOUNT_ACCESS_CONTROL = "preview/accounts/access-control/rule-sets/update-rule-set.account-access-control";

    /** {@code PUT /api/2.0/preview/accounts/access-control/rule-sets} */
    public static final String PREVIEW_ACCOUNTS_ACCESS_CONTROL_RULE_SETS_UPDATE_RULE_SET_ACCOUNT_ACCESS_CONTROL_PROXY = "preview/accounts/access-control/rule-sets/update-rule-set.account-access-control-proxy";

    /** {@code POST /api/2.0/preview/scim/v2/Groups} */
    public static final String PREVIEW_SCIM_V2_GROUPS_CREATE = "preview/scim/v2/Groups/create";

    /** {@code DELETE /api/2.0/preview/scim/v2/Groups/{id}} */
    public static final String PREVIEW_SCIM_V2_GROUPS_DELETE = "preview/scim/v2/Groups/delete";

    /** {@code GET /api/2.0/preview/scim/v2/Groups/{id}} */
    public static final String PREVIEW_SCIM_V2_GROUPS_GET = "preview/scim/v2/Groups/get";

    /** {@code GET /api/2.0/preview/scim/v2/Groups} */
    public static final String PREVIEW_SCIM_V2_GROUPS_LIST = "preview/scim/v2/Groups/list";

    /** {@code PATCH /api/2.0/preview/scim/v2/Groups/{id}} */
    public static final String PREVIEW_SCIM_V2_GROUPS_PATCH = "preview/scim/v2/Groups/patch";

    /** {@code PUT /api/2.0/preview/scim/v2/Groups/{id}} */
    public static final String PREVIEW_SCIM_V2_GROUPS_UPDATE = "preview/scim/v2/Groups/update";

    /** {@code GET /api/2.0/preview/scim/v2/Me} */
    public static final String PREVIEW_SCIM_V2_ME = "preview/scim/v2/Me";

    /** {@code POST /api/2.0/preview/scim/v2/ServicePrincipals} */
    public static final String PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_CREATE = "preview/scim/v2/ServicePrincipals/create";

    /** {@code DELETE /api/2.0/preview/scim/v2/ServicePrincipals/{id}} */
    public static final String PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_DELETE = "preview/scim/v2/ServicePrincipals/delete";

    /** {@code GET /api/2.0/preview/scim/v2/ServicePrincipals/{id}} */
    public static final String PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_GET = "preview/scim/v2/ServicePrincipals/get";

    /** {@code GET /api/2.0/preview/scim/v2/ServicePrincipals} */
    public static final String PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_LIST = "preview/scim/v2/ServicePrincipals/list";

    /** {@code PATCH /api/2.0/preview/scim/v2/ServicePrincipals/{id}} */
    public static final String PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_PATCH = "preview/scim/v2/ServicePrincipals/patch";

    /** {@code PUT /api/2.0/preview/scim/v2/ServicePrincipals/{id}} */
    public static final String PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_UPDATE = "preview/scim/v2/ServicePrincipals/update";

    /** {@code POST /api/2.0/preview/scim/v2/Users} */
    public static final String PREVIEW_SCIM_V2_USERS_CREATE = "preview/scim/v2/Users/create";

    /** {@code DELETE /api/2.0/preview/scim/v2/Users/{id}} */
    public static final String PREVIEW_SCIM_V2_USERS_DELETE = "preview/scim/v2/Users/delete";

    /** {@code GET /api/2.0/preview/scim/v2/Users/{id}} */
    public static final String PREVIEW_SCIM_V2_USERS_GET = "preview/scim/v2/Users/get";

    /** {@code GET /api/2.0/preview/scim/v2/Users} */
    public static final String PREVIEW_SCIM_V2_USERS_LIST = "preview/scim/v2/Users/list";

    /** {@code PATCH /api/2.0/preview/scim/v2/Users/{id}} */
    public static final String PREVIEW_SCIM_V2_USERS_PATCH = "preview/scim/v2/Users/patch";

    /** {@code PUT /api/2.0/preview/scim/v2/Users/{id}} */
    public static final String PREVIEW_SCIM_V2_USERS_UPDATE = "preview/scim/v2/Users/update";

    /** {@code POST /api/2.0/preview/sql/alerts} */
    public static final String PREVIEW_SQL_ALERTS_CREATE = "preview/sql/alerts/create";

    /** {@code DELETE /api/2.0/preview/sql/alerts/{alert_id}} */
    public static final String PREVIEW_SQL_ALERTS_DELETE = "preview/sql/alerts/delete";

    /** {@code GET /api/2.0/preview/sql/alerts/{alert_id}} */
    public static final String PREVIEW_SQL_ALERTS_GET = "preview/sql/alerts/get";

    /** {@code GET /api/2.0/preview/sql/alerts} */
    public static final String PREVIEW_SQL_ALERTS_LIST = "preview/sql/alerts/list";

    /** {@code PUT /api/2.0/preview/sql/alerts/{alert_id}} */
    public static final String PREVIEW_SQL_ALERTS_UPDATE = "preview/sql/alerts/update";

    /** {@code DELETE /api/2.0/preview/sql/dashboards/{dashboard_id}} */
    public static final String PREVIEW_SQL_DASHBOARDS_DELETE = "preview/sql/dashboards/delete";

    /** {@code GET /api/2.0/preview/sql/dashboards/{dashboard_id}} */
    public static final String PREVIEW_SQL_DASHBOARDS_GET = "preview/sql/dashboards/get";

    /** {@code GET /api/2.0/preview/sql/dashboards} */
    public static final String PREVIEW_SQL_DASHBOARDS_LIST = "preview/sql/dashboards/list";

    /** {@code POST /api/2.0/preview/sql/dashboards/trash/{dashboard_id}} */
    public static final String PREVIEW_SQL_DASHBOARDS_TRASH = "preview/sql/dashboards/trash";

    /** {@code POST /api/2.0/preview/sql/dashboards/{dashboard_id}} */
    public static final String PREVIEW_SQL_DASHBOARDS_UPDATE = "preview/sql/dashboards/update";

    /** {@code GET /api/2.0/preview/sql/data_sources} */
    public static final String PREVIEW_SQL_DATA_SOURCES = "preview/sql/data_sources";

    /** {@code GET /api/2.0/preview/sql/permissions/{object_type}/{object_id}} */
    public static final String PREVIEW_SQL_PERMISSIONS_GET = "preview/sql/permissions/get";

    /** {@code POST /api/2.0/preview/sql/permissions/{object_type}/{object_id}} */
    public static final String PREVIEW_SQL_PERMISSIONS_SET = "preview/sql/permissions/set";

    /** {@code POST /api/2.0/preview/sql/permissions/{object_type}/{object_id}/transfer} */
    public static final String PREVIEW_SQL_PERMISSIONS_TRANSFER = "preview/sql/permissions/transfer";

    /** {@code POST /api/2.0/preview/sql/queries} */
    public static final String PREVIEW_SQL_QUERIES_CREATE = "preview/sql/queries/create";

    /** {@code DELETE /api/2.0/preview/sql/queries/{query_id}} */
    public static final String PREVIEW_SQL_QUERIES_DELETE = "preview/sql/queries/delete";

    /** {@code GET /api/2.0/preview/sql/queries/{query_id}} */
    public static final String PREVIEW_SQL_QUERIES_GET = "preview/sql/queries/get";

    /** {@code GET /api/2.0/preview/sql/queries} */
    public static final String PREVIEW_SQL_QUERIES_LIST = "preview/sql/queries/list";

    /** {@code POST /api/2.0/preview/sql/queries/trash/{query_id}} */
    public static final String PREVIEW_SQL_QUERIES_TRASH = "preview/sql/queries/trash";

    /** {@code POST /api/2.0/preview/sql/queries/{query_id}} */
    public static final String PREVIEW_SQL_QUERIES_UPDATE = "preview/sql/queries/update";

    /** {@code POST /api/2.0/preview/sql/visualizations} */
    public static final String PREVIEW_SQL_VISUALIZATIONS_CREATE = "preview/sql/visualizations/create";

    /** {@code DELETE /api/2.0/preview/sql/visualizations/{id}} */
    public static final String PREVIEW_SQL_VISUALIZATIONS_DELETE = "preview/sql/visualizations/delete";

    /** {@code POST /api/2.0/preview/sql/visualizations/{id}} */
    public static final String PREVIEW_SQL_VISUALIZATIONS_UPDATE = "preview/sql/visualizations/update";

    /** {@code POST /api/2.0/preview/sql/widgets} */
    public static final String PREVIEW_SQL_WIDGETS_CREATE = "preview/sql/widgets/create";

    /** {@code DELETE /api/2.0/preview/sql/widgets/{id}} */
    public static final String PREVIEW_SQL_WIDGETS_DELETE = "preview/sql/widgets/delete";

    /** {@code POST /api/2.0/preview/sql/widgets/{id}} */
    public static final String PREVIEW_SQL_WIDGETS_UPDATE = "preview/sql/widgets/update";

    /** {@code POST /api/2.1/quality-monitoring/tables/{table_name}/monitor/dashboard} */
    public static final String QUALITY_MONITORING_TABLES_MONITOR_DASHBOARD = "quality-monitoring/tables/monitor/dashboard";

    /** {@code POST /api/2.0/quality-monitors} */
    public static final String QUALITY_MONITORS_CREATE = "quality-monitors/create";

    /** {@code DELETE /api/2.0/quality-monitors/{object_type}/{object_id}} */
    public static final String QUALITY_MONITORS_DELETE = "quality-monitors/delete";

    /** {@code GET /api/2.0/quality-monitors/{object_type}/{object_id}} */
    public static final String QUALITY_MONITORS_GET = "quality-monitors/get";

    /** {@code GET /api/2.0/quality-monitors} */
    public static final String QUALITY_MONITORS_LIST = "quality-monitors/list";

    /** {@code PUT /api/2.0/quality-monitors/{object_type}/{object_id}} */
    public static final String QUALITY_MONITORS_UPDATE = "quality-monitors/update";

    /** Any REST path: {@code httpMethod} and {@code path} say which (for what the catalogue lacks). */
    public static final String RAW = "raw";

    /** {@code GET /api/2.0/redash-v2/config} */
    public static final String REDASH_V2_CONFIG = "redash-v2/config";

    /** {@code POST /api/2.0/repos} */
    public static final String REPOS_CREATE = "repos/create";

    /** {@code DELETE /api/2.0/repos/{repo_id}} */
    public static final String REPOS_DELETE = "repos/delete";

    /** {@code GET /api/2.0/repos/{repo_id}} */
    public static final String REPOS_GET = "repos/get";

    /** {@code GET /api/2.0/repos} */
    public static final String REPOS_LIST = "repos/list";

    /** {@code PATCH /api/2.0/repos/{repo_id}} */
    public static final String REPOS_UPDATE = "repos/update";

    /** {@code GET /api/3.0/rfa/destinations/{securable_type}/{full_name}} */
    public static final String RFA_DESTINATIONS_GET = "rfa/destinations/get";

    /** {@code PATCH /api/3.0/rfa/destinations} */
    public static final String RFA_DESTINATIONS_UPDATE = "rfa/destinations/update";

    /** {@code POST /api/3.0/rfa/requests} */
    public static final String RFA_REQUESTS = "rfa/requests";

    /** {@code POST /api/2.0/secrets/acls/delete} */
    public static final String SECRETS_ACLS_DELETE = "secrets/acls/delete";

    /** {@code GET /api/2.0/secrets/acls/get} */
    public static final String SECRETS_ACLS_GET = "secrets/acls/get";

    /** {@code GET /api/2.0/secrets/acls/list} */
    public static final String SECRETS_ACLS_LIST = "secrets/acls/list";

    /** {@code POST /api/2.0/secrets/acls/put} */
    public static final String SECRETS_ACLS_PUT = "secrets/acls/put";

    /** {@code POST /api/2.0/secrets/delete} */
    public static final String SECRETS_DELETE = "secrets/delete";

    /** {@code GET /api/2.0/secrets/get} */
    public static final String SECRETS_GET = "secrets/get";

    /** {@code GET /api/2.0/secrets/list} */
    public static final String SECRETS_LIST = "secrets/list";

    /** {@code POST /api/2.0/secrets/put} */
    public static final String SECRETS_PUT = "secrets/put";

    /** {@code POST /api/2.0/secrets/scopes/create} */
    public static final String SECRETS_SCOPES_CREATE = "secrets/scopes/create";

    /** {@code POST /api/2.0/secrets/scopes/delete} */
    public static final String SECRETS_SCOPES_DELETE = "secrets/scopes/delete";

    /** {@code GET /api/2.0/secrets/scopes/list} */
    public static final String SECRETS_SCOPES_LIST = "secrets/scopes/list";

    /** {@code PUT /api/2.0/serving-endpoints/{name}/ai-gateway} */
    public static final String SERVING_ENDPOINTS_AI_GATEWAY = "serving-endpoints/ai-gateway";

    /** {@code PUT /api/2.0/serving-endpoints/{name}/config} */
    public static final String SERVING_ENDPOINTS_CONFIG = "serving-endpoints/config";

    /** {@code POST /api/2.0/serving-endpoints} */
    public static final String SERVING_ENDPOINTS_CREATE = "serving-endpoints/create";

    /** {@code DELETE /api/2.0/serving-endpoints/{name}} */
    public static final String SERVING_ENDPOINTS_DELETE = "serving-endpoints/delete";

    /** {@code GET /api/2.0/serving-endpoints/{name}} */
    public static final String SERVING_ENDPOINTS_GET = "serving-endpoints/get";

    /** {@code POST /serving-endpoints/{name}/invocations} */
    public static final String SERVING_ENDPOINTS_INVOCATIONS = "serving-endpoints/invocations";

    /** {@code GET /api/2.0/serving-endpoints} */
    public static final String SERVING_ENDPOINTS_LIST = "serving-endpoints/list";

    /** {@code GET /api/2.0/serving-endpoints/{name}/metrics} */
    public static final String SERVING_ENDPOINTS_METRICS = "serving-endpoints/metrics";

    /** {@code PATCH /api/2.0/serving-endpoints/{name}/notifications} */
    public static final String SERVING_ENDPOINTS_NOTIFICATIONS = "serving-endpoints/notifications";

    /** {@code GET /api/2.0/serving-endpoints/{name}/openapi} */
    public static final String SERVING_ENDPOINTS_OPENAPI = "serving-endpoints/openapi";

    /** {@code POST /api/2.0/serving-endpoints/pt} */
    public static final String SERVING_ENDPOINTS_PT = "serving-endpoints/pt";

    /** {@code PUT /api/2.0/serving-endpoints/pt/{name}/config} */
    public static final String SERVING_ENDPOINTS_PT_CONFIG = "serving-endpoints/pt/config";

    /** {@code PUT /api/2.0/serving-endpoints/{name}/rate-limits} */
    public static final String SERVING_ENDPOINTS_RATE_LIMITS = "serving-endpoints/rate-limits";

    /** {@code GET /api/2.0/serving-endpoints/{name}/served-models/{served_model_name}/build-logs} */
    public static final String SERVING_ENDPOINTS_SERVED_MODELS_BUILD_LOGS = "serving-endpoints/served-models/build-logs";

    /** {@code GET /api/2.0/serving-endpoints/{name}/served-models/{served_model_name}/logs} */
    public static final String SERVING_ENDPOINTS_SERVED_MODELS_LOGS = "serving-endpoints/served-models/logs";

    /** {@code PATCH /api/2.0/serving-endpoints/{name}/tags} */
    public static final String SERVING_ENDPOINTS_TAGS = "serving-endpoints/tags";

    /** {@code PATCH /api/2.0/serving-endpoints/{name}/telemetry-config} */
    public static final String SERVING_ENDPOINTS_TELEMETRY_CONFIG = "serving-endpoints/telemetry-config";

    /** {@code GET /api/2.1/settings-metadata} */
    public static final String SETTINGS_METADATA = "settings-metadata";

    /** {@code GET /api/2.1/settings/{name}} */
    public static final String SETTINGS_GET = "settings/get";

    /** {@code PATCH /api/2.1/settings/{name}} */
    public static final String SETTINGS_PATCH = "settings/patch";

    /** {@code DELETE /api/2.0/settings/types/aibi_dash_embed_ws_acc_policy/names/default} */
    public static final String SETTINGS_TYPES_AIBI_DASH_EMBED_WS_ACC_POLICY_NAMES_DEFAULT_DELETE = "settings/types/aibi_dash_embed_ws_acc_policy/names/default/delete";

    /** {@code GET /api/2.0/settings/types/aibi_dash_embed_ws_acc_policy/names/default} */
    public static final String SETTINGS_TYPES_AIBI_DASH_EMBED_WS_ACC_POLICY_NAMES_DEFAULT_GET = "settings/types/aibi_dash_embed_ws_acc_policy/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/aibi_dash_embed_ws_acc_policy/names/default} */
    public static final String SETTINGS_TYPES_AIBI_DASH_EMBED_WS_ACC_POLICY_NAMES_DEFAULT_UPDATE = "settings/types/aibi_dash_embed_ws_acc_policy/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/aibi_dash_embed_ws_apprvd_domains/names/default} */
    public static final String SETTINGS_TYPES_AIBI_DASH_EMBED_WS_APPRVD_DOMAINS_NAMES_DEFAULT_DELETE = "settings/types/aibi_dash_embed_ws_apprvd_domains/names/default/delete";

    /** {@code GET /api/2.0/settings/types/aibi_dash_embed_ws_apprvd_domains/names/default} */
    public static final String SETTINGS_TYPES_AIBI_DASH_EMBED_WS_APPRVD_DOMAINS_NAMES_DEFAULT_GET = "settings/types/aibi_dash_embed_ws_apprvd_domains/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/aibi_dash_embed_ws_apprvd_domains/names/default} */
    public static final String SETTINGS_TYPES_AIBI_DASH_EMBED_WS_APPRVD_DOMAINS_NAMES_DEFAULT_UPDATE = "settings/types/aibi_dash_embed_ws_apprvd_domains/names/default/update";

    /** {@code GET /api/2.0/settings/types/automatic_cluster_update/names/default} */
    public static final String SETTINGS_TYPES_AUTOMATIC_CLUSTER_UPDATE_NAMES_DEFAULT_GET = "settings/types/automatic_cluster_update/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/automatic_cluster_update/names/default} */
    public static final String SETTINGS_TYPES_AUTOMATIC_CLUSTER_UPDATE_NAMES_DEFAULT_UPDATE = "settings/types/automatic_cluster_update/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/dashboard_email_subscriptions/names/default} */
    public static final String SETTINGS_TYPES_DASHBOARD_EMAIL_SUBSCRIPTIONS_NAMES_DEFAULT_DELETE = "settings/types/dashboard_email_subscriptions/names/default/delete";

    /** {@code GET /api/2.0/settings/types/dashboard_email_subscriptions/names/default} */
    public static final String SETTINGS_TYPES_DASHBOARD_EMAIL_SUBSCRIPTIONS_NAMES_DEFAULT_GET = "settings/types/dashboard_email_subscriptions/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/dashboard_email_subscriptions/names/default} */
    public static final String SETTINGS_TYPES_DASHBOARD_EMAIL_SUBSCRIPTIONS_NAMES_DEFAULT_UPDATE = "settings/types/dashboard_email_subscriptions/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/default_namespace_ws/names/default} */
    public static final String SETTINGS_TYPES_DEFAULT_NAMESPACE_WS_NAMES_DEFAULT_DELETE = "settings/types/default_namespace_ws/names/default/delete";

    /** {@code GET /api/2.0/settings/types/default_namespace_ws/names/default} */
    public static final String SETTINGS_TYPES_DEFAULT_NAMESPACE_WS_NAMES_DEFAULT_GET = "settings/types/default_namespace_ws/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/default_namespace_ws/names/default} */
    public static final String SETTINGS_TYPES_DEFAULT_NAMESPACE_WS_NAMES_DEFAULT_UPDATE = "settings/types/default_namespace_ws/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/default_warehouse_id/names/default} */
    public static final String SETTINGS_TYPES_DEFAULT_WAREHOUSE_ID_NAMES_DEFAULT_DELETE = "settings/types/default_warehouse_id/names/default/delete";

    /** {@code GET /api/2.0/settings/types/default_warehouse_id/names/default} */
    public static final String SETTINGS_TYPES_DEFAULT_WAREHOUSE_ID_NAMES_DEFAULT_GET = "settings/types/default_warehouse_id/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/default_warehouse_id/names/default} */
    public static final String SETTINGS_TYPES_DEFAULT_WAREHOUSE_ID_NAMES_DEFAULT_UPDATE = "settings/types/default_warehouse_id/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/disable_legacy_access/names/default} */
    public static final String SETTINGS_TYPES_DISABLE_LEGACY_ACCESS_NAMES_DEFAULT_DELETE = "settings/types/disable_legacy_access/names/default/delete";

    /** {@code GET /api/2.0/settings/types/disable_legacy_access/names/default} */
    public static final String SETTINGS_TYPES_DISABLE_LEGACY_ACCESS_NAMES_DEFAULT_GET = "settings/types/disable_legacy_access/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/disable_legacy_access/names/default} */
    public static final String SETTINGS_TYPES_DISABLE_LEGACY_ACCESS_NAMES_DEFAULT_UPDATE = "settings/types/disable_legacy_access/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/disable_legacy_dbfs/names/default} */
    public static final String SETTINGS_TYPES_DISABLE_LEGACY_DBFS_NAMES_DEFAULT_DELETE = "settings/types/disable_legacy_dbfs/names/default/delete";

    /** {@code GET /api/2.0/settings/types/disable_legacy_dbfs/names/default} */
    public static final String SETTINGS_TYPES_DISABLE_LEGACY_DBFS_NAMES_DEFAULT_GET = "settings/types/disable_legacy_dbfs/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/disable_legacy_dbfs/names/default} */
    public static final String SETTINGS_TYPES_DISABLE_LEGACY_DBFS_NAMES_DEFAULT_UPDATE = "settings/types/disable_legacy_dbfs/names/default/update";

    /** {@code GET /api/2.0/settings/types/enable-export-notebook/names/default} */
    public static final String SETTINGS_TYPES_ENABLE_EXPORT_NOTEBOOK_NAMES_DEFAULT_GET = "settings/types/enable-export-notebook/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/enable-export-notebook/names/default} */
    public static final String SETTINGS_TYPES_ENABLE_EXPORT_NOTEBOOK_NAMES_DEFAULT_PATCH = "settings/types/enable-export-notebook/names/default/patch";

    /** {@code GET /api/2.0/settings/types/enable-notebook-table-clipboard/names/default} */
    public static final String SETTINGS_TYPES_ENABLE_NOTEBOOK_TABLE_CLIPBOARD_NAMES_DEFAULT_GET = "settings/types/enable-notebook-table-clipboard/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/enable-notebook-table-clipboard/names/default} */
    public static final String SETTINGS_TYPES_ENABLE_NOTEBOOK_TABLE_CLIPBOARD_NAMES_DEFAULT_PATCH = "settings/types/enable-notebook-table-clipboard/names/default/patch";

    /** {@code GET /api/2.0/settings/types/enable-results-downloading/names/default} */
    public static final String SETTINGS_TYPES_ENABLE_RESULTS_DOWNLOADING_NAMES_DEFAULT_GET = "settings/types/enable-results-downloading/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/enable-results-downloading/names/default} */
    public static final String SETTINGS_TYPES_ENABLE_RESULTS_DOWNLOADING_NAMES_DEFAULT_PATCH = "settings/types/enable-results-downloading/names/default/patch";

    /** {@code DELETE /api/2.0/settings/types/llm_proxy_partner_powered/names/default} */
    public static final String SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_NAMES_DEFAULT_DELETE = "settings/types/llm_proxy_partner_powered/names/default/delete";

    /** {@code GET /api/2.0/settings/types/llm_proxy_partner_powered/names/default} */
    public static final String SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_NAMES_DEFAULT_GET = "settings/types/llm_proxy_partner_powered/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/llm_proxy_partner_powered/names/default} */
    public static final String SETTINGS_TYPES_LLM_PROXY_PARTNER_POWERED_NAMES_DEFAULT_UPDATE = "settings/types/llm_proxy_partner_powered/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/restrict_workspace_admins/names/default} */
    public static final String SETTINGS_TYPES_RESTRICT_WORKSPACE_ADMINS_NAMES_DEFAULT_DELETE = "settings/types/restrict_workspace_admins/names/default/delete";

    /** {@code GET /api/2.0/settings/types/restrict_workspace_admins/names/default} */
    public static final String SETTINGS_TYPES_RESTRICT_WORKSPACE_ADMINS_NAMES_DEFAULT_GET = "settings/types/restrict_workspace_admins/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/restrict_workspace_admins/names/default} */
    public static final String SETTINGS_TYPES_RESTRICT_WORKSPACE_ADMINS_NAMES_DEFAULT_UPDATE = "settings/types/restrict_workspace_admins/names/default/update";

    /** {@code GET /api/2.0/settings/types/shield_csp_enablement_ws_db/names/default} */
    public static final String SETTINGS_TYPES_SHIELD_CSP_ENABLEMENT_WS_DB_NAMES_DEFAULT_GET = "settings/types/shield_csp_enablement_ws_db/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/shield_csp_enablement_ws_db/names/default} */
    public static final String SETTINGS_TYPES_SHIELD_CSP_ENABLEMENT_WS_DB_NAMES_DEFAULT_UPDATE = "settings/types/shield_csp_enablement_ws_db/names/default/update";

    /** {@code GET /api/2.0/settings/types/shield_esm_enablement_ws_db/names/default} */
    public static final String SETTINGS_TYPES_SHIELD_ESM_ENABLEMENT_WS_DB_NAMES_DEFAULT_GET = "settings/types/shield_esm_enablement_ws_db/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/shield_esm_enablement_ws_db/names/default} */
    public static final String SETTINGS_TYPES_SHIELD_ESM_ENABLEMENT_WS_DB_NAMES_DEFAULT_UPDATE = "settings/types/shield_esm_enablement_ws_db/names/default/update";

    /** {@code DELETE /api/2.0/settings/types/sql_results_download/names/default} */
    public static final String SETTINGS_TYPES_SQL_RESULTS_DOWNLOAD_NAMES_DEFAULT_DELETE = "settings/types/sql_results_download/names/default/delete";

    /** {@code GET /api/2.0/settings/types/sql_results_download/names/default} */
    public static final String SETTINGS_TYPES_SQL_RESULTS_DOWNLOAD_NAMES_DEFAULT_GET = "settings/types/sql_results_download/names/default/get";

    /** {@code PATCH /api/2.0/settings/types/sql_results_download/names/default} */
    public static final String SETTINGS_TYPES_SQL_RESULTS_DOWNLOAD_NAMES_DEFAULT_UPDATE = "settings/types/sql_results_download/names/default/update";

    /** {@code POST /api/2.0/sql/alerts} */
    public static final String SQL_ALERTS_CREATE = "sql/alerts/create";

    /** {@code DELETE /api/2.0/sql/alerts/{id}} */
    public static final String SQL_ALERTS_DELETE = "sql/alerts/delete";

    /** {@code GET /api/2.0/sql/alerts/{id}} */
    public static final String SQL_ALERTS_GET = "sql/alerts/get";

    /** {@code GET /api/2.0/sql/alerts} */
    public static final String SQL_ALERTS_LIST = "sql/alerts/list";

    /** {@code PATCH /api/2.0/sql/alerts/{id}} */
    public static final String SQL_ALERTS_UPDATE = "sql/alerts/update";

    /** {@code GET /api/2.0/sql/config/warehouses} */
    public static final String SQL_CONFIG_WAREHOUSES_GET = "sql/config/warehouses/get";

    /** {@code PUT /api/2.0/sql/config/warehouses} */
    public static final String SQL_CONFIG_WAREHOUSES_SET = "sql/config/warehouses/set";

    /** A step of the component (see the README). */
    public static final String SQL_COPY_INTO = "sql/copy-into";

    /** {@code GET /api/2.0/sql/history/queries} */
    public static final String SQL_HISTORY_QUERIES = "sql/history/queries";

    /** A step of the component (see the README). */
    public static final String SQL_PARTITION_SENSOR = "sql/partition-sensor";

    /** {@code POST /api/2.0/sql/queries} */
    public static final String SQL_QUERIES_CREATE = "sql/queries/create";

    /** {@code DELETE /api/2.0/sql/queries/{id}} */
    public static final String SQL_QUERIES_DELETE = "sql/queries/delete";

    /** {@code GET /api/2.0/sql/queries/{id}} */
    public static final String SQL_QUERIES_GET = "sql/queries/get";

    /** {@code GET /api/2.0/sql/queries} */
    public static final String SQL_QUERIES_LIST = "sql/queries/list";

    /** {@code PATCH /api/2.0/sql/queries/{id}} */
    public static final String SQL_QUERIES_UPDATE = "sql/queries/update";

    /** {@code GET /api/2.0/sql/queries/{id}/visualizations} */
    public static final String SQL_QUERIES_VISUALIZATIONS = "sql/queries/visualizations";

    /** A step of the component (see the README). */
    public static final String SQL_SENSOR = "sql/sensor";

    /** {@code POST /api/2.0/sql/statements/{statement_id}/cancel} */
    public static final String SQL_STATEMENTS_CANCEL = "sql/statements/cancel";

    /** {@code POST /api/2.0/sql/statements} */
    public static final String SQL_STATEMENTS_EXECUTE = "sql/statements/execute";

    /** {@code GET /api/2.0/sql/statements/{statement_id}} */
    public static final String SQL_STATEMENTS_GET = "sql/statements/get";

    /** {@code GET /api/2.0/sql/statements/{statement_id}/result/chunks/{chunk_index}} */
    public static final String SQL_STATEMENTS_RESULT_CHUNKS = "sql/statements/result/chunks";

    /** A step of the component (see the README). */
    public static final String SQL_TABLE_VERSION_SENSOR = "sql/table-version-sensor";

    /** {@code POST /api/2.0/sql/visualizations} */
    public static final String SQL_VISUALIZATIONS_CREATE = "sql/visualizations/create";

    /** {@code DELETE /api/2.0/sql/visualizations/{id}} */
    public static final String SQL_VISUALIZATIONS_DELETE = "sql/visualizations/delete";

    /** {@code PATCH /api/2.0/sql/visualizations/{id}} */
    public static final String SQL_VISUALIZATIONS_UPDATE = "sql/visualizations/update";

    /** {@code POST /api/2.0/sql/warehouses} */
    public static final String SQL_WAREHOUSES_CREATE = "sql/warehouses/create";

    /** {@code DELETE /api/2.0/sql/warehouses/{id}} */
    public static final String SQL_WAREHOUSES_DELETE = "sql/warehouses/delete";

    /** {@code POST /api/2.0/sql/warehouses/{id}/edit} */
    public static final String SQL_WAREHOUSES_EDIT = "sql/warehouses/edit";

    /** {@code GET /api/2.0/sql/warehouses/{id}} */
    public static final String SQL_WAREHOUSES_GET = "sql/warehouses/get";

    /** {@code GET /api/2.0/sql/warehouses} */
    public static final String SQL_WAREHOUSES_LIST = "sql/warehouses/list";

    /** {@code POST /api/2.0/sql/warehouses/{id}/start} */
    public static final String SQL_WAREHOUSES_START = "sql/warehouses/start";

    /** {@code POST /api/2.0/sql/warehouses/{id}/stop} */
    public static final String SQL_WAREHOUSES_STOP = "sql/warehouses/stop";

    /** {@code POST /api/2.1/supervisor-agents} */
    public static final String SUPERVISOR_AGENTS_CREATE = "supervisor-agents/create";

    /** {@code GET /api/2.1/supervisor-agents} */
    public static final String SUPERVISOR_AGENTS_LIST = "supervisor-agents/list";

    /** {@code POST /api/2.1/tag-policies} */
    public static final String TAG_POLICIES_CREATE = "tag-policies/create";

    /** {@code DELETE /api/2.1/tag-policies/{tag_key}} */
    public static final String TAG_POLICIES_DELETE = "tag-policies/delete";

    /** {@code GET /api/2.1/tag-policies/{tag_key}} */
    public static final String TAG_POLICIES_GET = "tag-policies/get";

    /** {@code GET /api/2.1/tag-policies} */
    public static final String TAG_POLICIES_LIST = "tag-policies/list";

    /** {@code PATCH /api/2.1/tag-policies/{tag_key}} */
    public static final String TAG_POLICIES_UPDATE = "tag-policies/update";

    /** {@code PATCH /api/2.0/token/{token_id}} */
    public static final String TOKEN = "token";

    /** {@code POST /api/2.0/token-management/on-behalf-of/tokens} */
    public static final String TOKEN_MANAGEMENT_ON_BEHALF_OF_TOKENS = "token-management/on-behalf-of/tokens";

    /** {@code DELETE /api/2.0/token-management/tokens/{token_id}} */
    public static final String TOKEN_MANAGEMENT_TOKENS_DELETE = "token-management/tokens/delete";

    /** {@code GET /api/2.0/token-management/tokens/{token_id}} */
    public static final String TOKEN_MANAGEMENT_TOKENS_GET = "token-management/tokens/get";

    /** {@code GET /api/2.0/token-management/tokens} */
    public static final String TOKEN_MANAGEMENT_TOKENS_LIST = "token-management/tokens/list";

    /** {@code PATCH /api/2.0/token-management/tokens/{token_id}} */
    public static final String TOKEN_MANAGEMENT_TOKENS_UPDATE = "token-management/tokens/update";

    /** {@code POST /api/2.0/token/create} */
    public static final String TOKEN_CREATE = "token/create";

    /** {@code POST /api/2.0/token/delete} */
    public static final String TOKEN_DELETE = "token/delete";

    /** {@code GET /api/2.0/token/list} */
    public static final String TOKEN_LIST = "token/list";

    /** {@code POST /api/2.1/{parent}/tools} */
    public static final String TOOLS_CREATE = "tools/create";

    /** {@code GET /api/2.1/{parent}/tools} */
    public static final String TOOLS_LIST = "tools/list";

    /** {@code GET /api/2.1/unity-catalog/artifact-allowlists/{artifact_type}} */
    public static final String UNITY_CATALOG_ARTIFACT_ALLOWLISTS_GET = "unity-catalog/artifact-allowlists/get";

    /** {@code PUT /api/2.1/unity-catalog/artifact-allowlists/{artifact_type}} */
    public static final String UNITY_CATALOG_ARTIFACT_ALLOWLISTS_UPDATE = "unity-catalog/artifact-allowlists/update";

    /** {@code GET /api/2.1/unity-catalog/bindings/{securable_type}/{securable_name}} */
    public static final String UNITY_CATALOG_BINDINGS_GET = "unity-catalog/bindings/get";

    /** {@code PATCH /api/2.1/unity-catalog/bindings/{securable_type}/{securable_name}} */
    public static final String UNITY_CATALOG_BINDINGS_UPDATE = "unity-catalog/bindings/update";

    /** {@code POST /api/2.1/unity-catalog/catalogs} */
    public static final String UNITY_CATALOG_CATALOGS_CREATE = "unity-catalog/catalogs/create";

    /** {@code DELETE /api/2.1/unity-catalog/catalogs/{name}} */
    public static final String UNITY_CATALOG_CATALOGS_DELETE = "unity-catalog/catalogs/delete";

    /** {@code GET /api/2.1/unity-catalog/catalogs/{name}} */
    public static final String UNITY_CATALOG_CATALOGS_GET = "unity-catalog/catalogs/get";

    /** {@code GET /api/2.1/unity-catalog/catalogs} */
    public static final String UNITY_CATALOG_CATALOGS_LIST = "unity-catalog/catalogs/list";

    /** {@code PATCH /api/2.1/unity-catalog/catalogs/{name}} */
    public static final String UNITY_CATALOG_CATALOGS_UPDATE = "unity-catalog/catalogs/update";

    /** {@code POST /api/2.1/unity-catalog/connections} */
    public static final String UNITY_CATALOG_CONNECTIONS_CREATE = "unity-catalog/connections/create";

    /** {@code DELETE /api/2.1/unity-catalog/connections/{name}} */
    public static final String UNITY_CATALOG_CONNECTIONS_DELETE = "unity-catalog/connections/delete";

    /** {@code GET /api/2.1/unity-catalog/connections/{name}} */
    public static final String UNITY_CATALOG_CONNECTIONS_GET = "unity-catalog/connections/get";

    /** {@code GET /api/2.1/unity-catalog/connections} */
    public static final String UNITY_CATALOG_CONNECTIONS_LIST = "unity-catalog/connections/list";

    /** {@code PATCH /api/2.1/unity-catalog/connections/{name}} */
    public static final String UNITY_CATALOG_CONNECTIONS_UPDATE = "unity-catalog/connections/update";

    /** {@code POST /api/2.1/unity-catalog/constraints} */
    public static final String UNITY_CATALOG_CONSTRAINTS_CREATE = "unity-catalog/constraints/create";

    /** {@code DELETE /api/2.1/unity-catalog/constraints/{full_name}} */
    public static final String UNITY_CATALOG_CONSTRAINTS_DELETE = "unity-catalog/constraints/delete";

    /** {@code POST /api/2.1/unity-catalog/credentials} */
    public static final String UNITY_CATALOG_CREDENTIALS_CREATE = "unity-catalog/credentials/create";

    /** {@code DELETE /api/2.1/unity-catalog/credentials/{name_arg}} */
    public static final String UNITY_CATALOG_CREDENTIALS_DELETE = "unity-catalog/credentials/delete";

    /** {@code GET /api/2.1/unity-catalog/credentials/{name_arg}} */
    public static final String UNITY_CATALOG_CREDENTIALS_GET = "unity-catalog/credentials/get";

    /** {@code GET /api/2.1/unity-catalog/credentials} */
    public static final String UNITY_CATALOG_CREDENTIALS_LIST = "unity-catalog/credentials/list";

    /** {@code PATCH /api/2.1/unity-catalog/credentials/{name_arg}} */
    public static final String UNITY_CATALOG_CREDENTIALS_UPDATE = "unity-catalog/credentials/update";

    /** {@code GET /api/2.1/unity-catalog/current-metastore-assignment} */
    public static final String UNITY_CATALOG_CURRENT_METASTORE_ASSIGNMENT = "unity-catalog/current-metastore-assignment";

    /** {@code DELETE /api/2.1/unity-catalog/{name}} */
    public static final String UNITY_CATALOG_DELETE = "unity-catalog/delete";

    /** {@code GET /api/2.1/unity-catalog/effective-permissions/{securable_type}/{full_name}} */
    public static final String UNITY_CATALOG_EFFECTIVE_PERMISSIONS = "unity-catalog/effective-permissions";

    /** {@code GET /api/2.1/unity-catalog/effective-privilege-assignments/{securable_type}/{full_name}} */
    public static final String UNITY_CATALOG_EFFECTIVE_PRIVILEGE_ASSIGNMENTS = "unity-catalog/effective-privilege-assignments";

    /** {@code POST /api/2.1/unity-catalog/entity-tag-assignments} */
    public static final String UNITY_CATALOG_ENTITY_TAG_ASSIGNMENTS = "unity-catalog/entity-tag-assignments";

    /** {@code DELETE /api/2.1/unity-catalog/entity-tag-assignments/{entity_type}/{entity_name}/tags/{tag_key}} */
    public static final String UNITY_CATALOG_ENTITY_TAG_ASSIGNMENTS_TAGS_DELETE = "unity-catalog/entity-tag-assignments/tags/delete";

    /** {@code GET /api/2.1/unity-catalog/entity-tag-assignments/{entity_type}/{entity_name}/tags/{tag_key}} */
    public static final String UNITY_CATALOG_ENTITY_TAG_ASSIGNMENTS_TAGS_GET = "unity-catalog/entity-tag-assignments/tags/get";

    /** {@code GET /api/2.1/unity-catalog/entity-tag-assignments/{entity_type}/{entity_name}/tags} */
    public static final String UNITY_CATALOG_ENTITY_TAG_ASSIGNMENTS_TAGS_LIST = "unity-catalog/entity-tag-assignments/tags/list";

    /** {@code PATCH /api/2.1/unity-catalog/entity-tag-assignments/{entity_type}/{entity_name}/tags/{tag_key}} */
    public static final String UNITY_CATALOG_ENTITY_TAG_ASSIGNMENTS_TAGS_UPDATE = "unity-catalog/entity-tag-assignments/tags/update";

    /** {@code POST /api/2.1/unity-catalog/external-locations} */
    public static final String UNITY_CATALOG_EXTERNAL_LOCATIONS_CREATE = "unity-catalog/external-locations/create";

    /** {@code DELETE /api/2.1/unity-catalog/external-locations/{name}} */
    public static final String UNITY_CATALOG_EXTERNAL_LOCATIONS_DELETE = "unity-catalog/external-locations/delete";

    /** {@code GET /api/2.1/unity-catalog/external-locations/{name}} */
    public static final String UNITY_CATALOG_EXTERNAL_LOCATIONS_GET = "unity-catalog/external-locations/get";

    /** {@code GET /api/2.1/unity-catalog/external-locations} */
    public static final String UNITY_CATALOG_EXTERNAL_LOCATIONS_LIST = "unity-catalog/external-locations/list";

    /** {@code PATCH /api/2.1/unity-catalog/external-locations/{name}} */
    public static final String UNITY_CATALOG_EXTERNAL_LOCATIONS_UPDATE = "unity-catalog/external-locations/update";

    /** {@code POST /api/2.1/unity-catalog/functions} */
    public static final String UNITY_CATALOG_FUNCTIONS_CREATE = "unity-catalog/functions/create";

    /** {@code DELETE /api/2.1/unity-catalog/functions/{name}} */
    public static final String UNITY_CATALOG_FUNCTIONS_DELETE = "unity-catalog/functions/delete";

    /** {@code GET /api/2.1/unity-catalog/functions/{name}} */
    public static final String UNITY_CATALOG_FUNCTIONS_GET = "unity-catalog/functions/get";

    /** {@code GET /api/2.1/unity-catalog/functions} */
    public static final String UNITY_CATALOG_FUNCTIONS_LIST = "unity-catalog/functions/list";

    /** {@code PATCH /api/2.1/unity-catalog/functions/{name}} */
    public static final String UNITY_CATALOG_FUNCTIONS_UPDATE = "unity-catalog/functions/update";

    /** {@code GET /api/2.1/unity-catalog/{name}} */
    public static final String UNITY_CATALOG_GET = "unity-catalog/get";

    /** {@code POST /api/2.1/unity-catalog/mcp-services} */
    public static final String UNITY_CATALOG_MCP_SERVICES_CREATE = "unity-catalog/mcp-services/create";

    /** {@code GET /api/2.1/unity-catalog/mcp-services} */
    public static final String UNITY_CATALOG_MCP_SERVICES_LIST = "unity-catalog/mcp-services/list";

    /** {@code GET /api/2.1/unity-catalog/metastore_summary} */
    public static final String UNITY_CATALOG_METASTORE_SUMMARY = "unity-catalog/metastore_summary";

    /** {@code POST /api/2.1/unity-catalog/metastores} */
    public static final String UNITY_CATALOG_METASTORES_CREATE = "unity-catalog/metastores/create";

    /** {@code DELETE /api/2.1/unity-catalog/metastores/{id}} */
    public static final String UNITY_CATALOG_METASTORES_DELETE = "unity-catalog/metastores/delete";

    /** {@code GET /api/2.1/unity-catalog/metastores/{id}} */
    public static final String UNITY_CATALOG_METASTORES_GET = "unity-catalog/metastores/get";

    /** {@code GET /api/2.1/unity-catalog/metastores} */
    public static final String UNITY_CATALOG_METASTORES_LIST = "unity-catalog/metastores/list";

    /** {@code DELETE /api/2.1/unity-catalog/metastores/{metastore_id}/systemschemas/{schema_name}} */
    public static final String UNITY_CATALOG_METASTORES_SYSTEMSCHEMAS_DISABLE = "unity-catalog/metastores/systemschemas/disable";

    /** {@code PUT /api/2.1/unity-catalog/metastores/{metastore_id}/systemschemas/{schema_name}} */
    public static final String UNITY_CATALOG_METASTORES_SYSTEMSCHEMAS_ENABLE = "unity-catalog/metastores/systemschemas/enable";

    /** {@code GET /api/2.1/unity-catalog/metastores/{metastore_id}/systemschemas} */
    public static final String UNITY_CATALOG_METASTORES_SYSTEMSCHEMAS_LIST = "unity-catalog/metastores/systemschemas/list";

    /** {@code PATCH /api/2.1/unity-catalog/metastores/{id}} */
    public static final String UNITY_CATALOG_METASTORES_UPDATE = "unity-catalog/metastores/update";

    /** {@code POST /api/2.1/unity-catalog/model-provider-services} */
    public static final String UNITY_CATALOG_MODEL_PROVIDER_SERVICES_CREATE = "unity-catalog/model-provider-services/create";

    /** {@code GET /api/2.1/unity-catalog/model-provider-services} */
    public static final String UNITY_CATALOG_MODEL_PROVIDER_SERVICES_LIST = "unity-catalog/model-provider-services/list";

    /** {@code POST /api/2.1/unity-catalog/model-services} */
    public static final String UNITY_CATALOG_MODEL_SERVICES_CREATE = "unity-catalog/model-services/create";

    /** {@code GET /api/2.1/unity-catalog/model-services} */
    public static final String UNITY_CATALOG_MODEL_SERVICES_LIST = "unity-catalog/model-services/list";

    /** {@code DELETE /api/2.1/unity-catalog/models/{full_name}/aliases/{alias}} */
    public static final String UNITY_CATALOG_MODELS_ALIASES_DELETE = "unity-catalog/models/aliases/delete";

    /** {@code GET /api/2.1/unity-catalog/models/{full_name}/aliases/{alias}} */
    public static final String UNITY_CATALOG_MODELS_ALIASES_GET = "unity-catalog/models/aliases/get";

    /** {@code PUT /api/2.1/unity-catalog/models/{full_name}/aliases/{alias}} */
    public static final String UNITY_CATALOG_MODELS_ALIASES_SET = "unity-catalog/models/aliases/set";

    /** {@code POST /api/2.1/unity-catalog/models} */
    public static final String UNITY_CATALOG_MODELS_CREATE = "unity-catalog/models/create";

    /** {@code DELETE /api/2.1/unity-catalog/models/{full_name}} */
    public static final String UNITY_CATALOG_MODELS_DELETE = "unity-catalog/models/delete";

    /** {@code GET /api/2.1/unity-catalog/models/{full_name}} */
    public static final String UNITY_CATALOG_MODELS_GET = "unity-catalog/models/get";

    /** {@code GET /api/2.1/unity-catalog/models} */
    public static final String UNITY_CATALOG_MODELS_LIST = "unity-catalog/models/list";

    /** {@code PATCH /api/2.1/unity-catalog/models/{full_name}} */
    public static final String UNITY_CATALOG_MODELS_UPDATE = "unity-catalog/models/update";

    /** {@code DELETE /api/2.1/unity-catalog/models/{full_name}/versions/{version}} */
    public static final String UNITY_CATALOG_MODELS_VERSIONS_DELETE = "unity-catalog/models/versions/delete";

    /** {@code GET /api/2.1/unity-catalog/models/{full_name}/versions/{version}} */
    public static final String UNITY_CATALOG_MODELS_VERSIONS_GET = "unity-catalog/models/versions/get";

    /** {@code GET /api/2.1/unity-catalog/models/{full_name}/versions} */
    public static final String UNITY_CATALOG_MODELS_VERSIONS_LIST = "unity-catalog/models/versions/list";

    /** {@code PATCH /api/2.1/unity-catalog/models/{full_name}/versions/{version}} */
    public static final String UNITY_CATALOG_MODELS_VERSIONS_UPDATE = "unity-catalog/models/versions/update";

    /** {@code GET /api/2.1/unity-catalog/permissions/{securable_type}/{full_name}} */
    public static final String UNITY_CATALOG_PERMISSIONS_GET = "unity-catalog/permissions/get";

    /** {@code PATCH /api/2.1/unity-catalog/permissions/{securable_type}/{full_name}} */
    public static final String UNITY_CATALOG_PERMISSIONS_UPDATE = "unity-catalog/permissions/update";

    /** {@code POST /api/2.1/unity-catalog/policies} */
    public static final String UNITY_CATALOG_POLICIES_CREATE = "unity-catalog/policies/create";

    /** {@code DELETE /api/2.1/unity-catalog/policies/{on_securable_type}/{on_securable_fullname}/{name}} */
    public static final String UNITY_CATALOG_POLICIES_DELETE = "unity-catalog/policies/delete";

    /** {@code GET /api/2.1/unity-catalog/policies/{on_securable_type}/{on_securable_fullname}/{name}} */
    public static final String UNITY_CATALOG_POLICIES_GET = "unity-catalog/policies/get";

    /** {@code GET /api/2.1/unity-catalog/policies/{on_securable_type}/{on_securable_fullname}} */
    public static final String UNITY_CATALOG_POLICIES_LIST = "unity-catalog/policies/list";

    /** {@code PATCH /api/2.1/unity-catalog/policies/{on_securable_type}/{on_securable_fullname}/{name}} */
    public static final String UNITY_CATALOG_POLICIES_UPDATE = "unity-catalog/policies/update";

    /** {@code GET /api/2.1/unity-catalog/privilege-assignments/{securable_type}/{full_name}} */
    public static final String UNITY_CATALOG_PRIVILEGE_ASSIGNMENTS = "unity-catalog/privilege-assignments";

    /** {@code POST /api/2.1/unity-catalog/providers} */
    public static final String UNITY_CATALOG_PROVIDERS_CREATE = "unity-catalog/providers/create";

    /** {@code DELETE /api/2.1/unity-catalog/providers/{name}} */
    public static final String UNITY_CATALOG_PROVIDERS_DELETE = "unity-catalog/providers/delete";

    /** {@code GET /api/2.1/unity-catalog/providers/{name}} */
    public static final String UNITY_CATALOG_PROVIDERS_GET = "unity-catalog/providers/get";

    /** {@code GET /api/2.1/unity-catalog/providers} */
    public static final String UNITY_CATALOG_PROVIDERS_LIST = "unity-catalog/providers/list";

    /** {@code GET /api/2.1/unity-catalog/providers/{name}/shares} */
    public static final String UNITY_CATALOG_PROVIDERS_SHARES = "unity-catalog/providers/shares";

    /** {@code PATCH /api/2.1/unity-catalog/providers/{name}} */
    public static final String UNITY_CATALOG_PROVIDERS_UPDATE = "unity-catalog/providers/update";

    /** {@code GET /api/2.1/unity-catalog/public/data_sharing_activation/{activation_url}} */
    public static final String UNITY_CATALOG_PUBLIC_DATA_SHARING_ACTIVATION = "unity-catalog/public/data_sharing_activation";

    /** {@code GET /api/2.1/unity-catalog/public/data_sharing_activation_info/{activation_url}} */
    public static final String UNITY_CATALOG_PUBLIC_DATA_SHARING_ACTIVATION_INFO = "unity-catalog/public/data_sharing_activation_info";

    /** {@code POST /api/2.1/unity-catalog/recipients} */
    public static final String UNITY_CATALOG_RECIPIENTS_CREATE = "unity-catalog/recipients/create";

    /** {@code DELETE /api/2.1/unity-catalog/recipients/{name}} */
    public static final String UNITY_CATALOG_RECIPIENTS_DELETE = "unity-catalog/recipients/delete";

    /** {@code GET /api/2.1/unity-catalog/recipients/{name}} */
    public static final String UNITY_CATALOG_RECIPIENTS_GET = "unity-catalog/recipients/get";

    /** {@code GET /api/2.1/unity-catalog/recipients} */
    public static final String UNITY_CATALOG_RECIPIENTS_LIST = "unity-catalog/recipients/list";

    /** {@code POST /api/2.1/unity-catalog/recipients/{name}/rotate-token} */
    public static final String UNITY_CATALOG_RECIPIENTS_ROTATE_TOKEN = "unity-catalog/recipients/rotate-token";

    /** {@code GET /api/2.1/unity-catalog/recipients/{name}/share-permissions} */
    public static final String UNITY_CATALOG_RECIPIENTS_SHARE_PERMISSIONS = "unity-catalog/recipients/share-permissions";

    /** {@code PATCH /api/2.1/unity-catalog/recipients/{name}} */
    public static final String UNITY_CATALOG_RECIPIENTS_UPDATE = "unity-catalog/recipients/update";

    /** {@code GET /api/2.1/unity-catalog/resource-quotas/{parent_securable_type}/{parent_full_name}/{quota_name}} */
    public static final String UNITY_CATALOG_RESOURCE_QUOTAS = "unity-catalog/resource-quotas";

    /** {@code GET /api/2.1/unity-catalog/resource-quotas/all-resource-quotas} */
    public static final String UNITY_CATALOG_RESOURCE_QUOTAS_ALL_RESOURCE_QUOTAS = "unity-catalog/resource-quotas/all-resource-quotas";

    /** {@code POST /api/2.1/unity-catalog/schemas} */
    public static final String UNITY_CATALOG_SCHEMAS_CREATE = "unity-catalog/schemas/create";

    /** {@code DELETE /api/2.1/unity-catalog/schemas/{full_name}} */
    public static final String UNITY_CATALOG_SCHEMAS_DELETE = "unity-catalog/schemas/delete";

    /** {@code GET /api/2.1/unity-catalog/schemas/{full_name}} */
    public static final String UNITY_CATALOG_SCHEMAS_GET = "unity-catalog/schemas/get";

    /** {@code GET /api/2.1/unity-catalog/schemas} */
    public static final String UNITY_CATALOG_SCHEMAS_LIST = "unity-catalog/schemas/list";

    /** {@code PATCH /api/2.1/unity-catalog/schemas/{full_name}} */
    public static final String UNITY_CATALOG_SCHEMAS_UPDATE = "unity-catalog/schemas/update";

    /** {@code POST /api/2.1/unity-catalog/secrets} */
    public static final String UNITY_CATALOG_SECRETS_CREATE = "unity-catalog/secrets/create";

    /** {@code DELETE /api/2.1/unity-catalog/secrets/{full_name}} */
    public static final String UNITY_CATALOG_SECRETS_DELETE = "unity-catalog/secrets/delete";

    /** {@code GET /api/2.1/unity-catalog/secrets/{full_name}} */
    public static final String UNITY_CATALOG_SECRETS_GET = "unity-catalog/secrets/get";

    /** {@code GET /api/2.1/unity-catalog/secrets} */
    public static final String UNITY_CATALOG_SECRETS_LIST = "unity-catalog/secrets/list";

    /** {@code PATCH /api/2.1/unity-catalog/secrets/{full_name}} */
    public static final String UNITY_CATALOG_SECRETS_UPDATE = "unity-catalog/secrets/update";

    /** {@code POST /api/2.1/unity-catalog/shares} */
    public static final String UNITY_CATALOG_SHARES_CREATE = "unity-catalog/shares/create";

    /** {@code DELETE /api/2.1/unity-catalog/shares/{name}} */
    public static final String UNITY_CATALOG_SHARES_DELETE = "unity-catalog/shares/delete";

    /** {@code GET /api/2.1/unity-catalog/shares/{name}} */
    public static final String UNITY_CATALOG_SHARES_GET = "unity-catalog/shares/get";

    /** {@code GET /api/2.1/unity-catalog/shares} */
    public static final String UNITY_CATALOG_SHARES_LIST = "unity-catalog/shares/list";

    /** {@code GET /api/2.1/unity-catalog/shares/{name}/permissions} */
    public static final String UNITY_CATALOG_SHARES_PERMISSIONS_SHARE = "unity-catalog/shares/permissions/share";

    /** {@code PATCH /api/2.1/unity-catalog/shares/{name}/permissions} */
    public static final String UNITY_CATALOG_SHARES_PERMISSIONS_UPDATE = "unity-catalog/shares/permissions/update";

    /** {@code PATCH /api/2.1/unity-catalog/shares/{name}} */
    public static final String UNITY_CATALOG_SHARES_UPDATE = "unity-catalog/shares/update";

    /** {@code POST /api/2.1/unity-catalog/storage-credentials} */
    public static final String UNITY_CATALOG_STORAGE_CREDENTIALS_CREATE = "unity-catalog/storage-credentials/create";

    /** {@code DELETE /api/2.1/unity-catalog/storage-credentials/{name}} */
    public static final String UNITY_CATALOG_STORAGE_CREDENTIALS_DELETE = "unity-catalog/storage-credentials/delete";

    /** {@code GET /api/2.1/unity-catalog/storage-credentials/{name}} */
    public static final String UNITY_CATALOG_STORAGE_CREDENTIALS_GET = "unity-catalog/storage-credentials/get";

    /** {@code GET /api/2.1/unity-catalog/storage-credentials} */
    public static final String UNITY_CATALOG_STORAGE_CREDENTIALS_LIST = "unity-catalog/storage-credentials/list";

    /** {@code PATCH /api/2.1/unity-catalog/storage-credentials/{name}} */
    public static final String UNITY_CATALOG_STORAGE_CREDENTIALS_UPDATE = "unity-catalog/storage-credentials/update";

    /** {@code GET /api/2.1/unity-catalog/table-summaries} */
    public static final String UNITY_CATALOG_TABLE_SUMMARIES = "unity-catalog/table-summaries";

    /** {@code POST /api/2.1/unity-catalog/tables} */
    public static final String UNITY_CATALOG_TABLES_CREATE = "unity-catalog/tables/create";

    /** {@code DELETE /api/2.1/unity-catalog/tables/{full_name}} */
    public static final String UNITY_CATALOG_TABLES_DELETE = "unity-catalog/tables/delete";

    /** {@code GET /api/2.1/unity-catalog/tables/{full_name}/exists} */
    public static final String UNITY_CATALOG_TABLES_EXISTS = "unity-catalog/tables/exists";

    /** {@code GET /api/2.1/unity-catalog/tables/{full_name}} */
    public static final String UNITY_CATALOG_TABLES_GET = "unity-catalog/tables/get";

    /** {@code GET /api/2.1/unity-catalog/tables} */
    public static final String UNITY_CATALOG_TABLES_LIST = "unity-catalog/tables/list";

    /** {@code POST /api/2.1/unity-catalog/tables/{table_name}/monitor} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_CREATE = "unity-catalog/tables/monitor/create";

    /** {@code DELETE /api/2.1/unity-catalog/tables/{table_name}/monitor} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_DELETE = "unity-catalog/tables/monitor/delete";

    /** {@code GET /api/2.1/unity-catalog/tables/{table_name}/monitor} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_GET = "unity-catalog/tables/monitor/get";

    /** {@code POST /api/2.1/unity-catalog/tables/{table_name}/monitor/refreshes/{refresh_id}/cancel} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_REFRESHES_CANCEL = "unity-catalog/tables/monitor/refreshes/cancel";

    /** {@code GET /api/2.1/unity-catalog/tables/{table_name}/monitor/refreshes/{refresh_id}} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_REFRESHES_GET = "unity-catalog/tables/monitor/refreshes/get";

    /** {@code GET /api/2.1/unity-catalog/tables/{table_name}/monitor/refreshes} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_REFRESHES_LIST = "unity-catalog/tables/monitor/refreshes/list";

    /** {@code POST /api/2.1/unity-catalog/tables/{table_name}/monitor/refreshes} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_REFRESHES_RUN = "unity-catalog/tables/monitor/refreshes/run";

    /** {@code PUT /api/2.1/unity-catalog/tables/{table_name}/monitor} */
    public static final String UNITY_CATALOG_TABLES_MONITOR_UPDATE = "unity-catalog/tables/monitor/update";

    /** {@code PATCH /api/2.1/unity-catalog/tables/{full_name}} */
    public static final String UNITY_CATALOG_TABLES_UPDATE = "unity-catalog/tables/update";

    /** {@code POST /api/2.0/unity-catalog/temporary-path-credentials} */
    public static final String UNITY_CATALOG_TEMPORARY_PATH_CREDENTIALS = "unity-catalog/temporary-path-credentials";

    /** {@code POST /api/2.1/unity-catalog/temporary-service-credentials} */
    public static final String UNITY_CATALOG_TEMPORARY_SERVICE_CREDENTIALS = "unity-catalog/temporary-service-credentials";

    /** {@code POST /api/2.0/unity-catalog/temporary-table-credentials} */
    public static final String UNITY_CATALOG_TEMPORARY_TABLE_CREDENTIALS = "unity-catalog/temporary-table-credentials";

    /** {@code POST /api/2.0/unity-catalog/temporary-volume-credentials} */
    public static final String UNITY_CATALOG_TEMPORARY_VOLUME_CREDENTIALS = "unity-catalog/temporary-volume-credentials";

    /** {@code PATCH /api/2.1/unity-catalog/{name}} */
    public static final String UNITY_CATALOG_UPDATE = "unity-catalog/update";

    /** {@code POST /api/2.1/unity-catalog/validate-credentials} */
    public static final String UNITY_CATALOG_VALIDATE_CREDENTIALS = "unity-catalog/validate-credentials";

    /** {@code POST /api/2.1/unity-catalog/validate-storage-credentials} */
    public static final String UNITY_CATALOG_VALIDATE_STORAGE_CREDENTIALS = "unity-catalog/validate-storage-credentials";

    /** {@code POST /api/2.1/unity-catalog/volumes} */
    public static final String UNITY_CATALOG_VOLUMES_CREATE = "unity-catalog/volumes/create";

    /** {@code DELETE /api/2.1/unity-catalog/volumes/{name}} */
    public static final String UNITY_CATALOG_VOLUMES_DELETE = "unity-catalog/volumes/delete";

    /** {@code GET /api/2.1/unity-catalog/volumes} */
    public static final String UNITY_CATALOG_VOLUMES_LIST = "unity-catalog/volumes/list";

    /** {@code GET /api/2.1/unity-catalog/volumes/{name}} */
    public static final String UNITY_CATALOG_VOLUMES_READ = "unity-catalog/volumes/read";

    /** {@code PATCH /api/2.1/unity-catalog/volumes/{name}} */
    public static final String UNITY_CATALOG_VOLUMES_UPDATE = "unity-catalog/volumes/update";

    /** {@code GET /api/2.1/unity-catalog/workspace-bindings/catalogs/{name}} */
    public static final String UNITY_CATALOG_WORKSPACE_BINDINGS_CATALOGS_GET = "unity-catalog/workspace-bindings/catalogs/get";

    /** {@code PATCH /api/2.1/unity-catalog/workspace-bindings/catalogs/{name}} */
    public static final String UNITY_CATALOG_WORKSPACE_BINDINGS_CATALOGS_UPDATE = "unity-catalog/workspace-bindings/catalogs/update";

    /** {@code PUT /api/2.1/unity-catalog/workspaces/{workspace_id}/metastore} */
    public static final String UNITY_CATALOG_WORKSPACES_METASTORE_ASSIGN = "unity-catalog/workspaces/metastore/assign";

    /** {@code DELETE /api/2.1/unity-catalog/workspaces/{workspace_id}/metastore} */
    public static final String UNITY_CATALOG_WORKSPACES_METASTORE_UNASSIGN = "unity-catalog/workspaces/metastore/unassign";

    /** {@code PATCH /api/2.1/unity-catalog/workspaces/{workspace_id}/metastore} */
    public static final String UNITY_CATALOG_WORKSPACES_METASTORE_UPDATE = "unity-catalog/workspaces/metastore/update";

    /** {@code PATCH /api/2.0/vector-search/endpoints/{endpoint_name}/budget-policy} */
    public static final String VECTOR_SEARCH_ENDPOINTS_BUDGET_POLICY = "vector-search/endpoints/budget-policy";

    /** {@code POST /api/2.0/vector-search/endpoints} */
    public static final String VECTOR_SEARCH_ENDPOINTS_CREATE = "vector-search/endpoints/create";

    /** {@code DELETE /api/2.0/vector-search/endpoints/{endpoint_name}} */
    public static final String VECTOR_SEARCH_ENDPOINTS_DELETE = "vector-search/endpoints/delete";

    /** {@code GET /api/2.0/vector-search/endpoints/{endpoint_name}} */
    public static final String VECTOR_SEARCH_ENDPOINTS_GET = "vector-search/endpoints/get";

    /** {@code GET /api/2.0/vector-search/endpoints} */
    public static final String VECTOR_SEARCH_ENDPOINTS_LIST = "vector-search/endpoints/list";

    /** {@code POST /api/2.0/vector-search/endpoints/{name}/metrics} */
    public static final String VECTOR_SEARCH_ENDPOINTS_METRICS = "vector-search/endpoints/metrics";

    /** {@code PATCH /api/2.0/vector-search/endpoints/{endpoint_name}} */
    public static final String VECTOR_SEARCH_ENDPOINTS_PATCH = "vector-search/endpoints/patch";

    /** {@code PATCH /api/2.0/vector-search/endpoints/{endpoint_name}/tags} */
    public static final String VECTOR_SEARCH_ENDPOINTS_TAGS = "vector-search/endpoints/tags";

    /** {@code POST /api/2.0/vector-search/indexes} */
    public static final String VECTOR_SEARCH_INDEXES_CREATE = "vector-search/indexes/create";

    /** {@code DELETE /api/2.0/vector-search/indexes/{index_name}} */
    public static final String VECTOR_SEARCH_INDEXES_DELETE = "vector-search/indexes/delete";

    /** {@code DELETE /api/2.0/vector-search/indexes/{index_name}/delete-data} */
    public static final String VECTOR_SEARCH_INDEXES_DELETE_DATA = "vector-search/indexes/delete-data";

    /** {@code GET /api/2.0/vector-search/indexes/{index_name}} */
    public static final String VECTOR_SEARCH_INDEXES_GET = "vector-search/indexes/get";

    /** {@code GET /api/2.0/vector-search/indexes} */
    public static final String VECTOR_SEARCH_INDEXES_LIST = "vector-search/indexes/list";

    /** {@code POST /api/2.0/vector-search/indexes/{index_name}/query} */
    public static final String VECTOR_SEARCH_INDEXES_QUERY = "vector-search/indexes/query";

    /** {@code POST /api/2.0/vector-search/indexes/{index_name}/query-next-page} */
    public static final String VECTOR_SEARCH_INDEXES_QUERY_NEXT_PAGE = "vector-search/indexes/query-next-page";

    /** {@code POST /api/2.0/vector-search/indexes/{index_name}/scan} */
    public static final String VECTOR_SEARCH_INDEXES_SCAN = "vector-search/indexes/scan";

    /** {@code POST /api/2.0/vector-search/indexes/{index_name}/sync} */
    public static final String VECTOR_SEARCH_INDEXES_SYNC = "vector-search/indexes/sync";

    /** {@code POST /api/2.0/vector-search/indexes/{index_name}/upsert-data} */
    public static final String VECTOR_SEARCH_INDEXES_UPSERT_DATA = "vector-search/indexes/upsert-data";

    /** A step of the component (see the README). */
    public static final String WORKFLOW = "workflow";

    /** {@code GET /api/2.0/workspace-conf} */
    public static final String WORKSPACE_CONF = "workspace-conf";

    /** {@code POST /api/2.0/workspace/delete} */
    public static final String WORKSPACE_DELETE = "workspace/delete";

    /** {@code GET /api/2.0/workspace/export} */
    public static final String WORKSPACE_EXPORT = "workspace/export";

    /** {@code GET /api/2.0/workspace/get-status} */
    public static final String WORKSPACE_GET_STATUS = "workspace/get-status";

    /** {@code POST /api/2.0/workspace/import} */
    public static final String WORKSPACE_IMPORT = "workspace/import";

    /** {@code GET /api/2.0/workspace/list} */
    public static final String WORKSPACE_LIST = "workspace/list";

    /** {@code POST /api/2.0/workspace/mkdirs} */
    public static final String WORKSPACE_MKDIRS = "workspace/mkdirs";

    private DatabricksOperations() {
    }
}
