import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { schemaErrors } from './manifestSchema';
import { readZip } from './zipArchive';

const root = join(__dirname, '..', '..');

const VALUES = {
  TEAMS_APP_ID: '0f6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
  BOT_ID: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  BOT_DOMAIN: 'dialout-ci-abc123.azurewebsites.net',
  APP_NAME_SUFFIX: '',
  APP_WEBSITE_URL: 'https://intranet.contoso.com/dialout-insights',
  APP_PRIVACY_URL: 'https://intranet.contoso.com/privacy',
  APP_TERMS_URL: 'https://intranet.contoso.com/terms',
};

/** Runs `npm run package`'s script for environment "ci" with env/ and build/ in a scratch folder. */
async function runPackage(folder: string, envFile: string): Promise<{ code: number; stdout: string; stderr: string }> {
  writeFileSync(join(folder, '.env.ci'), envFile);
  const args = [join(root, 'scripts', 'packageApp.js'), 'ci', '--env-dir', folder, '--out-dir', join(folder, 'build')];
  // Only PATH from the shell: a developer's own BOT_ID or TEAMS_APP_ID must not leak in.
  const env = { PATH: process.env.PATH ?? '' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run package', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'app-package-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes appPackage.<env>.zip with the filled manifest and both icons, valid against the schema', async () => {
    const envFile = `# comment\n${Object.entries(VALUES).map(([k, v]) => `${k}=${v}`).join('\n')}\n`;
    const { code, stdout } = await runPackage(folder, envFile);
    expect(code).toBe(0);
    expect(stdout).toContain('appPackage.ci.zip');

    const entries = readZip(readFileSync(join(folder, 'build', 'appPackage.ci.zip')));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(entries['color.png']!.equals(readFileSync(join(root, 'appPackage', 'color.png')))).toBe(true);
    expect(entries['outline.png']!.equals(readFileSync(join(root, 'appPackage', 'outline.png')))).toBe(true);

    const text = entries['manifest.json']!.toString('utf8');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text);
    expect(manifest.id).toBe(VALUES.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(VALUES.BOT_ID);
    expect(manifest.validDomains).toEqual([VALUES.BOT_DOMAIN]);
    expect(manifest.developer.privacyUrl).toBe(VALUES.APP_PRIVACY_URL);
    expect(manifest.name.short).toBe('Dial-out Insights'); // no suffix, no trailing space
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it('refuses to package with missing values and names each variable and the file to set them in', async () => {
    const { TEAMS_APP_ID: _id, BOT_ID: _bot, ...rest } = VALUES;
    const envFile = `${Object.entries(rest).map(([k, v]) => `${k}=${v}`).join('\n')}\nBOT_ID=\n`;
    const { code, stderr } = await runPackage(folder, envFile);
    expect(code).toBe(1);
    expect(stderr).toMatch(/needs TEAMS_APP_ID, BOT_ID/);
    expect(stderr).toContain('.env.ci');
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(join(folder, 'build', 'appPackage.ci.zip'))).toBe(false);
  });
});
