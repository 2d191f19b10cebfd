import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORTS_PREFIX } from '../../src/storage/exportStore';
import { REPORTS_PREFIX } from '../../src/storage/openReportStore';

const root = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const bicep = read('infra/azure.bicep');

/** The variables of the README's configuration table: the public contract operators rely on. */
function contractVariables(): string[] {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('\n## Configuration'), readme.indexOf('\n## ', readme.indexOf('\n## Configuration') + 5));
  const firstCells = section.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split('|')[1] ?? '');
  return firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1] as string));
}

/** App settings of the web app in azure.bicep: name → the value expression. */
function appSettings(): Map<string, string> {
  const settings = new Map<string, string>();
  for (const match of bicep.matchAll(/\{\s*name: '([A-Za-z_]+)'\s*value: (.+)\s*\}/g)) settings.set(match[1] as string, (match[2] as string).trim());
  return settings;
}

/** Names used as ${{NAME}} in a Toolkit file. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string))];

/** Keys an env/ file defines (empty values count: the Toolkit only needs them defined). */
const envKeys = (file: string): string[] => [...read(file).matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] as string);

describe('infra/azure.bicep', () => {
  it('sets an app setting for every variable of the configuration contract', () => {
    const variables = contractVariables();
    expect(variables).toEqual(expect.arrayContaining(['PORT', 'BOT_ID', 'GRAPH_CLIENT_ID', 'DEFAULT_TIME_ZONE']));
    const settings = appSettings();
    expect(variables.filter((name) => !settings.has(name))).toEqual([]);
  });

  it('gives secrets only as Key Vault references (or empty), never as values', () => {
    const settings = appSettings();
    for (const name of ['GRAPH_CLIENT_SECRET', 'AZURE_STORAGE_CONNECTION_STRING', 'NOTIFY_API_KEY', 'BOT_PASSWORD']) {
      const value = settings.get(name) as string;
      expect(value === "''" || value.includes('@Microsoft.KeyVault(')).toBe(true);
    }
    expect(settings.get('AZURE_STORAGE_CONNECTION_STRING')).toContain('@Microsoft.KeyVault(');
    for (const param of ['graphClientSecret', 'notifyApiKey']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\n(@description\\(.*\\)\\n)?param ${param} string`));
    }
    expect(bicep).toMatch(/keyVaultReferenceIdentity: identity\.id/);
  });

  it('runs the production entry point on Node 22 LTS, https only and always on, as the managed identity', () => {
    const entry = JSON.parse(read('package.json')).scripts['start:prod'];
    expect(bicep).toContain(`appCommandLine: '${entry}'`);
    expect(bicep).toContain("linuxFxVersion: 'NODE|22-lts'");
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/alwaysOn: true/);
    expect(appSettings().get('BOT_TYPE')).toBe("'UserAssignedMSI'");
    expect(read('infra/botRegistration/azurebot.bicep')).toMatch(/channelName: 'MsTeamsChannel'/);
  });

  it('lets the storage account delete report-store blobs no instance has used for 180 days', () => {
    // The store's blobs: `reports/` in the state container, the container the bot is given.
    expect(appSettings().get('AZURE_STORAGE_CONTAINER')).toBe('stateContainerName');
    const policy = /resource \w+ 'Microsoft\.Storage\/storageAccounts\/managementPolicies@[\d-]+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    expect(policy).toMatch(/parent: storage\n/);
    expect(policy).toMatch(/enabled: true/);
    expect(policy).toContain(`prefixMatch: [\n                '\${stateContainerName}/${REPORTS_PREFIX}/'\n              ]`);
    const days = /daysAfterModificationGreaterThan: (\w+)/.exec(policy)?.[1] ?? '';
    expect(new RegExp(`^var ${days} = 180$`, 'm').test(bicep) || days === '180').toBe(true);
  });

  it('lets the storage account delete waiting exports an instance did not delete, a day after they were kept', () => {
    const policy = /resource \w+ 'Microsoft\.Storage\/storageAccounts\/managementPolicies@[\d-]+' = \{([\s\S]*?)\n\}/.exec(bicep)?.[1] ?? '';
    const rule = policy.split(/\n {8}\{\n/).find((part) => part.includes(`'\${stateContainerName}/${EXPORTS_PREFIX}/'`)) ?? '';
    expect(rule).toMatch(/enabled: true/);
    expect(rule).toContain(`prefixMatch: [\n                '\${stateContainerName}/${EXPORTS_PREFIX}/'\n              ]`);
    expect(rule).not.toContain(`/${REPORTS_PREFIX}/`);
    const days = /daysAfterModificationGreaterThan: (\w+)/.exec(rule)?.[1] ?? '';
    expect(new RegExp(`^var ${days} = 1$`, 'm').test(bicep) || days === '1').toBe(true);
  });

  it('is given exactly the parameters it declares, and every required one', () => {
    const declared = new Map([...bicep.matchAll(/^param (\w+) \w+( = .+)?$/gm)].map((m) => [m[1] as string, m[2] !== undefined]));
    const given = Object.keys(JSON.parse(read('infra/azure.parameters.json')).parameters as object);
    expect(given.filter((name) => !declared.has(name))).toEqual([]);
    const required = [...declared].filter(([, hasDefault]) => !hasDefault).map(([name]) => name);
    expect(required.filter((name) => !given.includes(name))).toEqual([]);
  });
});

describe('the Toolkit files', () => {
  it.each([
    ['m365agents.yml', 'env/.env.dev', ['infra/azure.parameters.json', 'appPackage/manifest.json']],
    ['m365agents.local.yml', 'env/.env.local', ['appPackage/manifest.json']],
    ['m365agents.playground.yml', 'env/.env.playground', []],
  ])('%s finds every value it uses in %s (secrets in the ignored .user file)', (project, envFile, alsoExpanded) => {
    const used = [project, ...alsoExpanded].flatMap((file) => placeholders(read(file)));
    const defined = envKeys(envFile);
    expect(used.filter((name) => !name.startsWith('SECRET_') && !defined.includes(name))).toEqual([]);
  });

  it('write the template outputs the manifest and the deploy step need', () => {
    const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    expect(outputs).toEqual(expect.arrayContaining(['BOT_ID', 'BOT_DOMAIN', 'BOT_TENANT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID']));
    expect(read('m365agents.yml')).toContain('resourceId: ${{AZURE_APP_SERVICE_RESOURCE_ID}}');
  });

  it('commit no secret values: env files hold no SECRET_ keys and .user files are ignored', () => {
    for (const file of ['env/.env.dev', 'env/.env.local', 'env/.env.playground']) {
      expect(envKeys(file).filter((key) => key.startsWith('SECRET_') || /PASSWORD|CLIENT_SECRET|API_KEY/.test(key))).toEqual([]);
    }
    expect(read('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});
