// Registers the web app as an Azure Bot (identity: the user-assigned managed identity) and connects it to Microsoft Teams.

@maxLength(64)
@description('Name of the Azure Bot resource (the bot handle).')
param botServiceName string

@maxLength(42)
@description('Display name of the bot in the Azure portal.')
param botDisplayName string

@allowed([
  'F0'
  'S1'
])
@description('F0 is free for the Teams channel (standard channels are free at any tier).')
param botServiceSku string = 'F0'

@description('Client id of the user-assigned managed identity the bot authenticates as (BOT_ID).')
param identityClientId string

@description('Resource id of that managed identity.')
param identityResourceId string

@description('Tenant of that managed identity (BOT_TENANT_ID).')
param identityTenantId string

@description('Host name of the web app, e.g. dialout-abc123.azurewebsites.net.')
param botAppDomain string

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  name: botServiceName
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
  }
  sku: {
    name: botServiceSku
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}
