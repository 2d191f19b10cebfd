/** The configuration's Graph (a real tenant's app registration, or the built-in demo tenant) as connection settings; used by the bot and the doctor. */
import type { Config } from './config';
import type { DemoTenant } from './demoTenant/demoTenant';
import { demoTenantConnection, type GraphConnectionSettings } from './graph/graphConnection';
import { readCertificateFile } from './storage/certificateFile';

/**
 * A tenant's settings as configured (the certificate read from GRAPH_CERTIFICATE_PATH), or the
 * running demo tenant's when GRAPH_CLIENT_ID is unset.
 * @example connectPstnReports(graphConnectionSettings(config, demoTenant))
 */
export function graphConnectionSettings(config: Config, demo: DemoTenant | undefined): GraphConnectionSettings {
  if (config.graph.kind === 'tenant') {
    const { credential } = config.graph;
    return {
      tenantId: config.graph.tenantId,
      clientId: config.graph.clientId,
      credential: 'clientSecret' in credential ? credential : { certificatePem: readCertificateFile(credential.certificatePath) },
      endpoint: config.graph.endpoint,
      authorityHost: config.graph.authorityHost,
      resource: config.graph.resource,
      requestsPerMinute: config.graphRequestsPerMinute,
    };
  }
  return { ...demoTenantConnection(demo as DemoTenant), requestsPerMinute: config.graphRequestsPerMinute };
}
