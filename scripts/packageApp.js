#!/usr/bin/env node
// `npm run package [-- <environment>]`: fills appPackage/manifest.json from env/.env.<environment>, validates it and zips it with the icons.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.resolve(__dirname, '..');
const appPackage = path.join(root, 'appPackage');
/** Placeholders that may be empty: production has no name suffix. */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);
const ICON_SIZES = { color: 192, outline: 32 };

const USAGE = 'usage: node scripts/packageApp.js [environment] [--env-dir <folder>] [--out-dir <folder>]';

/** A problem the person packaging can fix; printed without a stack trace. */
class PackageError extends Error {}

function parseArgs(argv) {
  const options = { environment: 'dev', envDir: path.join(root, 'env'), outDir: path.join(appPackage, 'build') };
  const rest = [...argv];
  while (rest.length > 0) {
    const arg = rest.shift();
    if (arg === '--env-dir' || arg === '--out-dir') {
      const folder = rest.shift();
      if (!folder) throw new PackageError(`${arg} needs a folder\n${USAGE}`);
      options[arg === '--env-dir' ? 'envDir' : 'outDir'] = path.resolve(folder);
    } else if (/^[A-Za-z0-9_-]+$/.test(arg)) {
      options.environment = arg;
    } else {
      throw new PackageError(`unexpected argument "${arg}"\n${USAGE}`);
    }
  }
  return options;
}

/** KEY=VALUE lines as the Toolkit writes them: `#` comments, optional single or double quotes. */
function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  const values = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const quoted = /^(["'])(.*)\1$/.exec(match[2]);
    values[match[1]] = quoted ? quoted[2] : match[2].replace(/\s+#.*$/, '');
  }
  return values;
}

/** The environment's values: env/.env.<name>, then its .user file, then the shell (the shell wins, like the Toolkit). */
function environmentValues(envDir, environment) {
  const file = path.join(envDir, `.env.${environment}`);
  if (!fs.existsSync(file)) throw new PackageError(`no environment file ${path.relative(root, file) || file}`);
  return { file, values: { ...readEnvFile(file), ...readEnvFile(`${file}.user`), ...process.env } };
}

/** Replaces every ${{NAME}}; names every missing or empty value at once. */
function fillPlaceholders(template, values, file) {
  const names = [...new Set([...template.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]))];
  const missing = names.filter((name) => values[name] === undefined || (values[name].trim() === '' && !MAY_BE_EMPTY.has(name)));
  if (missing.length > 0) {
    throw new PackageError(
      `appPackage/manifest.json needs ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in ${path.relative(root, file) || file} (or in the environment). See the README, "Teams app package".`,
    );
  }
  // JSON-escape each value: it lands inside a JSON string.
  return template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => JSON.stringify(values[name].trim()).slice(1, -1));
}

/** Validates against the schema bundled with @microsoft/app-manifest: no network. */
async function validate(manifest) {
  let AppManifestUtils;
  try {
    ({ AppManifestUtils } = require('@microsoft/app-manifest'));
  } catch (error) {
    // The library require()s an ES module, which Node allows from 20.19 on.
    if (error.code === 'ERR_REQUIRE_ESM') throw new PackageError(`needs Node.js 20.19 or newer (this is ${process.version})`);
    throw error;
  }
  const schemaPath = /\/json-schemas\/(.+)$/.exec(manifest.$schema ?? '')?.[1];
  const schemaFile = schemaPath && path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', schemaPath);
  if (!schemaFile || !fs.existsSync(schemaFile)) throw new PackageError(`no bundled schema for "${manifest.$schema}"`);
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  if (errors.length > 0) throw new PackageError(`the filled manifest does not match its schema:\n  ${errors.join('\n  ')}`);
}

/** Reads an icon and checks it is a PNG of the size Teams requires. */
function readIcon(kind, name) {
  const bytes = fs.readFileSync(path.join(appPackage, name));
  const isPng = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const [width, height] = isPng ? [bytes.readUInt32BE(16), bytes.readUInt32BE(20)] : [0, 0];
  if (width !== ICON_SIZES[kind] || height !== ICON_SIZES[kind]) {
    throw new PackageError(`${name} must be a ${ICON_SIZES[kind]}×${ICON_SIZES[kind]} PNG (run npm run icons)`);
  }
  return bytes;
}

/**
 * A zip archive of files at its root, deflated, with a fixed timestamp (1 Jan 2000) so the same
 * inputs give the same bytes. Local headers, then the central directory, then its end record.
 */
function zip(files) {
  const DOS_TIME = 0;
  const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const fileName = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    // "Version needed" to "extra length": the local header holds these fields after its signature, the
    // central directory record after its signature and "version made by".
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    fields.writeUInt16LE(0x0800, 2); // UTF-8 names
    fields.writeUInt16LE(8, 4); // deflate
    fields.writeUInt16LE(DOS_TIME, 6);
    fields.writeUInt16LE(DOS_DATE, 8);
    fields.writeUInt32LE(crc, 10);
    fields.writeUInt32LE(compressed.length, 14);
    fields.writeUInt32LE(data.length, 18);
    fields.writeUInt16LE(fileName.length, 22); // extra length stays 0
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields.copy(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    fields.copy(central, 6);
    central.writeUInt32LE(offset, 42); // other fields (comment, disk, attributes) stay 0
    locals.push(local, fileName, compressed);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { file, values } = environmentValues(options.envDir, options.environment);
  const template = fs.readFileSync(path.join(appPackage, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(fillPlaceholders(template, values, file));
  // "Dial-out Insights ${{APP_NAME_SUFFIX}}" with no suffix (production) would end in a space.
  manifest.name.short = manifest.name.short.trim();
  await validate(manifest);
  const icons = Object.entries(manifest.icons).map(([kind, name]) => ({ name, data: readIcon(kind, name) }));
  const manifestJson = `${JSON.stringify(manifest, null, 2)}\n`;
  fs.mkdirSync(options.outDir, { recursive: true });
  const zipFile = path.join(options.outDir, `appPackage.${options.environment}.zip`);
  fs.writeFileSync(path.join(options.outDir, `manifest.${options.environment}.json`), manifestJson);
  fs.writeFileSync(zipFile, zip([{ name: 'manifest.json', data: Buffer.from(manifestJson, 'utf8') }, ...icons]));
  console.log(`wrote ${path.relative(process.cwd(), zipFile)} (Teams app ${manifest.id}, bot ${manifest.bots[0].botId})`);
}

main().catch((error) => {
  console.error(error instanceof PackageError ? `npm run package: ${error.message}` : error);
  process.exitCode = 1;
});
