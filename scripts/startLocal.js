#!/usr/bin/env node
// Local run for `npm start`: the bot (with its in-process demo tenant) plus the Microsoft 365
// Agents Playground as chat client. Ctrl-C stops both processes.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const port = process.env.PORT || '3978';
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const children = [];
let stopping = false;

function run(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal || `exit ${code}`}); stopping the rest.`);
      stop(code || 1);
    } else if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) {
      process.exit(0);
    }
  });
  children.push(child);
  return child;
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the bot did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  run('bot', process.execPath, ['lib/index.js'], { PORT: port });
  await waitForHealth(`http://127.0.0.1:${port}/healthz`, 30000);
  const playground = require.resolve('@microsoft/teams-app-test-tool/package.json');
  const bin = path.join(path.dirname(playground), require(playground).bin.teamsapptester);
  run('playground', process.execPath, [bin, 'start', '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--disable-telemetry'], {
    TEAMSAPPTESTER_BROWSER: 'none',
  });
  console.log(`\nDial-out Insights is running. Open http://localhost:${playgroundPort} and ask "what did dial-out cost last month?" (Ctrl-C stops).\n`);
}

main().catch((error) => {
  console.error(error.message);
  stop(1);
});
