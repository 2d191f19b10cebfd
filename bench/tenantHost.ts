/** Child process entry: runs one demo tenant and answers its parent's questions about it over IPC. */
import { startDemoTenant, type DemoTenant } from '../src/demoTenant/demoTenant';
import { BENCH_NOW } from './benchClock';
import type { HostAnswer, HostRequest, TenantAddress } from './tenantProcess';

let tenant: DemoTenant | undefined;

async function answer(request: HostRequest): Promise<unknown> {
  switch (request.kind) {
    case 'start': {
      tenant = await startDemoTenant({ ...request.options, now: () => BENCH_NOW });
      const address: TenantAddress = {
        graphEndpoint: tenant.graphEndpoint,
        authorityHost: tenant.authorityHost,
        tenantId: tenant.tenantId,
        clientId: tenant.clientId,
        clientSecret: tenant.clientSecret,
      };
      return address;
    }
    case 'stats':
      return tenant?.stats;
    case 'expected':
      return tenant?.expectedUsage(new Date(request.from), new Date(request.to));
    case 'close':
      await tenant?.close();
      setImmediate(() => process.exit(0));
      return undefined;
  }
}

process.on('message', (message: HostRequest & { id: number }) => {
  answer(message).then(
    (value) => process.send?.({ id: message.id, value } satisfies HostAnswer),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) } satisfies HostAnswer),
  );
});
process.on('disconnect', () => process.exit(0));
