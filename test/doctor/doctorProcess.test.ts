import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';

/** The doctor's entry point (src/doctor/main.ts, what `npm run doctor` runs compiled) as a child process. */
function runDoctorProcess(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const root = join(__dirname, '..', '..');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'test', 'helpers', 'runTypeScript.cjs'), join(root, 'src', 'doctor', 'main.ts')],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('npm run doctor as a process', () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 200 });
  });
  afterAll(() => tenant.close());

  const env = (): Record<string, string> => ({
    GRAPH_TENANT_ID: tenant.tenantId,
    GRAPH_CLIENT_ID: tenant.clientId,
    GRAPH_CLIENT_SECRET: tenant.clientSecret,
    GRAPH_ENDPOINT: tenant.graphEndpoint,
    GRAPH_AUTHORITY_HOST: tenant.authorityHost,
  });

  it('reads GRAPH_* from its environment, prints every step and exits 0 when all answer', async () => {
    const { code, stdout, stderr } = await runDoctorProcess(env());
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter((line) => /^[A-Z]{4}  \d\. /.test(line)).map((line) => line.slice(0, 8))).toEqual([
      'PASS  1.',
      'PASS  2.',
      'PASS  3.',
      'PASS  4.',
      'SKIP  5.',
      'INFO  6.',
      'SKIP  7.',
    ]);
    expect(stdout).toContain('Everything the bot needs answered.');
    expect(stdout).not.toContain(tenant.clientSecret);
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 when the report is refused', async () => {
    tenant.faults.next({ kind: 'status', status: 403 });
    const { code, stdout } = await runDoctorProcess(env());
    expect(stdout).toMatch(/^FAIL  3\. Dial-out report for yesterday/m);
    expect(code).toBe(1);
  }, 60_000);
});
