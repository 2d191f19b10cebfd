/** Validates a Teams manifest offline against the official schema bundled with @microsoft/app-manifest. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/*
 * The library loads an ES-module dependency (strip-bom 5) with require(), which plain Node (20.19+)
 * allows and Jest's module loader does not: so the check runs in a child Node process, exactly as
 * scripts/packageApp.js runs it. The schema file is passed in, so the library never fetches one.
 */
const VALIDATE = `
const fs = require('node:fs');
const path = require('node:path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const manifest = JSON.parse(fs.readFileSync(0, 'utf8'));
const suffix = /\\/json-schemas\\/(.+)$/.exec(manifest.$schema || '')?.[1];
if (!suffix) throw new Error('not a Teams schema URL: ' + manifest.$schema);
const folder = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const schema = JSON.parse(fs.readFileSync(path.join(folder, 'build', 'json-schemas', suffix), 'utf8'));
AppManifestUtils.validateAgainstSchema(manifest, schema).then((errors) => process.stdout.write(JSON.stringify(errors)));
`;

/**
 * Schema errors of a manifest, [] when valid.
 * @example schemaErrors(JSON.parse(readFileSync('appPackage/build/manifest.dev.json', 'utf8'))) // []
 */
export function schemaErrors(manifest: object): string[] {
  const output = execFileSync(process.execPath, ['-e', VALIDATE], { cwd: root, input: JSON.stringify(manifest), encoding: 'utf8' });
  return JSON.parse(output) as string[];
}
