// Azure resources for Dial-out Insights: Linux App Service (Node 22 LTS) running `node lib/index.js`, a user-assigned
// managed identity as the bot's identity, the Azure Bot with the Teams channel, Key Vault for secrets, a Storage
// account whose blob container holds the bot's state, and Application Insights. Every variable of the configuration
// contract (README "Configuration") is an app setting; secrets are Key Vault references, never plain values.

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name: lowercase letters, digits and hyphens.')
param resourceBaseName string

@description('Region of all regional resources; default: the resource group\'s.')
param location string = resourceGroup().location

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
param webAppSku string = 'B1'

@maxLength(42)
@description('Name of the bot in the Azure portal.')
param botDisplayName string = 'Dial-out Insights'

@description('Name of the blob container for the bot\'s state (AZURE_STORAGE_CONTAINER).')
param stateContainerName string = 'botstate'

// Graph: the Entra app that reads the report. Empty graphClientId = the built-in demo tenant (synthetic data).
@description('GRAPH_TENANT_ID: directory (tenant) id of the app that reads the report.')
param graphTenantId string = ''

@description('GRAPH_CLIENT_ID: application (client) id of that app; empty = the built-in demo tenant.')
param graphClientId string = ''

@secure()
@description('Optional. Its client secret, stored in Key Vault as "graph-client-secret". Leave empty to set the secret in Key Vault yourself.')
param graphClientSecret string = ''

@description('GRAPH_CERTIFICATE_PATH: a PEM file (certificate and private key) readable by the app, instead of a client secret.')
param graphCertificatePath string = ''

@allowed([
  'global'
  'usgov'
  'dod'
])
@description('GRAPH_CLOUD: global, usgov (GCC High) or dod.')
param graphCloud string = 'global'

@description('GRAPH_ENDPOINT: override of the Graph host; empty = from the cloud.')
param graphEndpoint string = ''

@description('GRAPH_AUTHORITY_HOST: override of the login host; empty = from the cloud.')
param graphAuthorityHost string = ''

// Behaviour: the defaults are the bot's own (README "Configuration").
@description('DEFAULT_TIME_ZONE: IANA time zone used when a message carries none.')
param defaultTimeZone string = 'UTC'

@description('FISCAL_YEAR_START_MONTH: 1-12.')
param fiscalYearStartMonth string = '1'

@description('MAX_RANGE_DAYS: the longest range a question may ask for.')
param maxRangeDays string = '731'

@description('REPORT_CACHE_TTL_MINUTES: how long an aggregated report serves paging.')
param reportCacheTtlMinutes string = '60'

@description('REPORT_STORE_MAX_MB: most the store of closed report windows keeps (least recently used removed first).')
param reportStoreMaxMb string = '512'

@description('REPORT_CLOSED_AFTER_HOURS: hours after a month window\'s last day from which it is final and kept.')
param reportClosedAfterHours string = '72'

@description('MONTHLY_SUMMARY_CRON: when the monthly summary is posted.')
param monthlySummaryCron string = '0 9 1 * *'

@description('MONTHLY_SUMMARY_TIME_ZONE: empty = DEFAULT_TIME_ZONE.')
param monthlySummaryTimeZone string = ''

@secure()
@description('Optional. Bearer key for POST /api/notifications/monthly, stored in Key Vault as "notify-api-key"; empty = the trigger is off.')
param notifyApiKey string = ''

@description('MONTHLY_BUDGET, e.g. "2500 USD"; empty = no budget alert.')
param monthlyBudget string = ''

@description('INTERNATIONAL_SPIKE_PERCENT: alert threshold in the monthly summary.')
param internationalSpikePercent string = '50'

@description('BUDGETS_FILE: path of a CSV file of "currency,amount" monthly budgets on the app; empty = none.')
param budgetsFile string = ''

@description('BUDGET_WATCH_CRON: when the budget watch projects the month (with a budget set).')
param budgetWatchCron string = '0 8 * * *'

@description('ALLOWED_TENANT_IDS: tenants whose users are served; empty = GRAPH_TENANT_ID, else the bot\'s tenant.')
param allowedTenantIds string = ''

@description('ADMIN_USER_IDS: Entra object ids (comma-separated) of the people who may see costs.')
param adminUserIds string = ''

@description('ADMIN_GROUP_ID: an Entra group whose members may see costs.')
param adminGroupId string = ''

@description('ADMIN_CACHE_MINUTES: how long a group membership check is reused; empty = the bot\'s default.')
param adminCacheMinutes string = ''

@description('SHOW_NAMES_IN_SHARED_CHATS: spenders\' names in group chats and channels.')
param showNamesInSharedChats string = 'false'

@description('QUESTIONS_PER_MINUTE: per-user limit.')
param questionsPerMinute string = '10'

@description('QUESTION_TIMEOUT_SECONDS: longest wait for an answer.')
param questionTimeoutSeconds string = '60'

@description('GRAPH_REQUESTS_PER_MINUTE: report requests per function per 60 s (Graph documents 50 per collection).')
param graphRequestsPerMinute string = '50'

// Globally unique names from the base name and the resource group.
var suffix = uniqueString(resourceGroup().id, resourceBaseName)
var webAppName = '${resourceBaseName}-${take(suffix, 6)}'
var storageAccountName = toLower('st${take(replace(resourceBaseName, '-', ''), 9)}${take(suffix, 13)}')
var keyVaultName = 'kv-${take(replace(resourceBaseName, '-', ''), 10)}-${take(suffix, 8)}'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var graphUsesSecret = !empty(graphClientId) && empty(graphCertificatePath)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// The bot's state (conversation references, subscriptions, claims): without it they are lost on restart or scale-out.
resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: stateContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The report store (closed report windows, REPORT_STORE_MAX_MB) lives in the state container under reports/.
// A window's blob is rewritten (its last use noted) at most every 10 minutes while it is read, so one not
// modified for this many days is no longer asked for: the account deletes it, whatever the bot's own limit.
var reportStoreUnusedDays = 180
// Exports waiting for the user's consent live under exports/ for 15 minutes; the bot deletes them on accept,
// decline or expiry. Should an instance die first, the account deletes them the next day (its shortest period).
var waitingExportDays = 1

resource storageLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-unused-report-windows'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${stateContainerName}/reports/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: reportStoreUnusedDays
                }
              }
            }
          }
        }
        {
          name: 'delete-waiting-exports'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${stateContainerName}/exports/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: waitingExportDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    stateContainer
  ]
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

// The web app reads secrets through Key Vault references as the managed identity.
resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource graphSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(graphClientSecret)) {
  parent: keyVault
  name: 'graph-client-secret'
  properties: {
    value: graphClientSecret
  }
}

resource notifySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(notifyApiKey)) {
  parent: keyVault
  name: 'notify-api-key'
  properties: {
    value: notifyApiKey
  }
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node lib/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        // The platform routes to this port; the bot reads PORT.
        {
          name: 'PORT'
          value: '8080'
        }
        {
          name: 'WEBSITES_PORT'
          value: '8080'
        }
        // The deployment zip carries lib/ and production node_modules: no build on the server.
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
          value: '~3'
        }
        // The bot authenticates to the Bot Framework as the managed identity: no password exists.
        {
          name: 'BOT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_PASSWORD'
          value: ''
        }
        {
          name: 'BOT_TYPE'
          value: 'UserAssignedMSI'
        }
        {
          name: 'BOT_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'GRAPH_TENANT_ID'
          value: graphTenantId
        }
        {
          name: 'GRAPH_CLIENT_ID'
          value: graphClientId
        }
        {
          name: 'GRAPH_CLIENT_SECRET'
          value: graphUsesSecret ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=graph-client-secret)' : ''
        }
        {
          name: 'GRAPH_CERTIFICATE_PATH'
          value: graphCertificatePath
        }
        {
          name: 'GRAPH_CLOUD'
          value: graphCloud
        }
        {
          name: 'GRAPH_ENDPOINT'
          value: graphEndpoint
        }
        {
          name: 'GRAPH_AUTHORITY_HOST'
          value: graphAuthorityHost
        }
        {
          name: 'DEFAULT_TIME_ZONE'
          value: defaultTimeZone
        }
        {
          name: 'FISCAL_YEAR_START_MONTH'
          value: fiscalYearStartMonth
        }
        {
          name: 'MAX_RANGE_DAYS'
          value: maxRangeDays
        }
        {
          name: 'REPORT_CACHE_TTL_MINUTES'
          value: reportCacheTtlMinutes
        }
        {
          name: 'REPORT_STORE_MAX_MB'
          value: reportStoreMaxMb
        }
        {
          name: 'REPORT_CLOSED_AFTER_HOURS'
          value: reportClosedAfterHours
        }
        // /home is the app's persistent share on App Service; blob storage below is what several instances share.
        {
          name: 'STATE_DIR'
          value: '/home/data'
        }
        {
          name: 'AZURE_STORAGE_CONNECTION_STRING'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=storage-connection-string)'
        }
        {
          name: 'AZURE_STORAGE_CONTAINER'
          value: stateContainerName
        }
        {
          name: 'MONTHLY_SUMMARY_CRON'
          value: monthlySummaryCron
        }
        {
          name: 'MONTHLY_SUMMARY_TIME_ZONE'
          value: monthlySummaryTimeZone
        }
        {
          name: 'NOTIFY_API_KEY'
          value: empty(notifyApiKey) ? '' : '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=notify-api-key)'
        }
        {
          name: 'MONTHLY_BUDGET'
          value: monthlyBudget
        }
        {
          name: 'INTERNATIONAL_SPIKE_PERCENT'
          value: internationalSpikePercent
        }
        {
          name: 'BUDGETS_FILE'
          value: budgetsFile
        }
        {
          name: 'BUDGET_WATCH_CRON'
          value: budgetWatchCron
        }
        {
          name: 'ALLOWED_TENANT_IDS'
          value: allowedTenantIds
        }
        {
          name: 'ADMIN_USER_IDS'
          value: adminUserIds
        }
        {
          name: 'ADMIN_GROUP_ID'
          value: adminGroupId
        }
        {
          name: 'ADMIN_CACHE_MINUTES'
          value: adminCacheMinutes
        }
        {
          name: 'SHOW_NAMES_IN_SHARED_CHATS'
          value: showNamesInSharedChats
        }
        {
          name: 'QUESTIONS_PER_MINUTE'
          value: questionsPerMinute
        }
        // A switch of the built-in demo tenant only (used when GRAPH_CLIENT_ID is empty): off.
        {
          name: 'DEMO_TENANT_REALISTIC'
          value: ''
        }
        {
          name: 'QUESTION_TIMEOUT_SECONDS'
          value: questionTimeoutSeconds
        }
        {
          name: 'GRAPH_REQUESTS_PER_MINUTE'
          value: graphRequestsPerMinute
        }
      ]
    }
  }
  // Key Vault references resolve at start-up: the role and the secrets must exist first.
  dependsOn: [
    secretsReader
    graphSecret
    notifySecret
  ]
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    botServiceName: webAppName
    botDisplayName: botDisplayName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

// The Toolkit writes these outputs into env/.env.<environment> (see m365agents.yml).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output WEB_APP_NAME string = webApp.name
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output KEY_VAULT_NAME string = keyVault.name
