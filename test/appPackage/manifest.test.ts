import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandOf } from '../../src/bot/botCommands';
import { readQuestion } from '../../src/questions/readQuestion';
import { schemaErrors } from './manifestSchema';

const root = join(__dirname, '..', '..');
const template = readFileSync(join(root, 'appPackage', 'manifest.json'), 'utf8');

/** Values shaped like the ones provision writes into env/.env.dev. */
const SAMPLE_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '0f6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
  BOT_ID: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  BOT_DOMAIN: 'dialout-dev-abc123.azurewebsites.net',
  APP_NAME_SUFFIX: 'dev',
  APP_WEBSITE_URL: 'https://intranet.contoso.com/dialout-insights',
  APP_PRIVACY_URL: 'https://intranet.contoso.com/privacy',
  APP_TERMS_URL: 'https://intranet.contoso.com/terms',
};

function filled(values: Record<string, string>): any {
  return JSON.parse(template.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `<${name} missing>`));
}

describe('appPackage/manifest.json', () => {
  const manifest = filled(SAMPLE_VALUES);

  it('is valid against the official schema of its version (bundled, offline) once the placeholders are filled', () => {
    expect(schemaErrors(manifest)).toEqual([]);
  });

  it('is really checked by that validation: a bot without its id is refused', () => {
    const broken = filled(SAMPLE_VALUES);
    delete broken.bots[0].botId;
    expect(schemaErrors(broken).join('\n')).toMatch(/botId/);
  });

  it('uses schema 1.17 or newer and the version of package.json', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major! * 100 + minor!).toBeGreaterThanOrEqual(117);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('takes the app id, the bot id, the name suffix and the bot domain from the environment, like the Toolkit', () => {
    const raw = JSON.parse(template);
    expect(raw.id).toBe('${{TEAMS_APP_ID}}');
    expect(raw.bots[0].botId).toBe('${{BOT_ID}}');
    expect(raw.name.short).toContain('${{APP_NAME_SUFFIX}}');
    expect(raw.validDomains).toEqual(['${{BOT_DOMAIN}}']);
    expect(manifest.name.short).toBe('Dial-out Insights dev');
  });

  it('offers the bot in personal chats, teams and group chats, with file support for the CSV export (file consent)', () => {
    expect(manifest.bots).toHaveLength(1);
    expect([...manifest.bots[0].scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0].supportsFiles).toBe(true);
    expect(manifest.bots[0].isNotificationOnly).toBe(false);
  });

  it('lists only commands the bot understands: help, cost questions it reads as a period, and its command words', () => {
    const commands: Array<{ title: string }> = manifest.bots[0].commandLists.flatMap((list: any) => list.commands);
    const context = { now: new Date('2026-11-27T10:00:00Z'), timeZone: 'UTC', fiscalYearStartMonth: 1, maxRangeDays: 731 };
    const understood = (title: string): string => commandOf(title) ?? readQuestion(title, context).kind;
    const kinds = commands.map((command) => [command.title, understood(command.title)]);
    expect(kinds.filter(([, kind]) => kind === 'notUnderstood')).toEqual([]);
    expect(kinds).toContainEqual(['help', 'help']);
    expect(kinds).toContainEqual(['subscribe', 'subscribe']);
    expect(commands.map((c) => c.title)).toEqual(expect.arrayContaining(['last month', 'this month', 'last 30 days', 'Q3', 'from Aug 1 to Oct 31']));
    for (const title of ['last month', 'this month', 'last 30 days', 'Q3', 'from Aug 1 to Oct 31', 'year to date']) {
      expect(understood(title)).toBe('view');
    }
  });

  it('keeps command titles and descriptions within what Teams shows (32 and 128 characters)', () => {
    for (const list of manifest.bots[0].commandLists) {
      expect([...list.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('says what it does and that an admin must consent to the Graph application permission', () => {
    expect(manifest.description.short).toMatch(/dial-out/i);
    expect(manifest.description.short).toMatch(/admin consent/i);
    expect(manifest.description.full).toMatch(/CallRecords\.Read\.All/);
    expect(manifest.description.full).toMatch(/admin consent/i);
  });
});
