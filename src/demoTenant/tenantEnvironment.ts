/** The environment that points a bot process at a demo tenant as at a real tenant (the variables configGraph.ts reads). */
import type { DemoTenant } from './demoTenant';

/** GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, GRAPH_ENDPOINT and GRAPH_AUTHORITY_HOST of `tenant`. */
export function tenantEnvironment(tenant: Pick<DemoTenant, 'tenantId' | 'clientId' | 'clientSecret' | 'graphEndpoint' | 'authorityHost'>): Record<string, string> {
  return {
    GRAPH_TENANT_ID: tenant.tenantId,
    GRAPH_CLIENT_ID: tenant.clientId,
    GRAPH_CLIENT_SECRET: tenant.clientSecret,
    GRAPH_ENDPOINT: tenant.graphEndpoint,
    GRAPH_AUTHORITY_HOST: tenant.authorityHost,
  };
}
